-- A scenario may be priced three ways (API, rented, owned): the average request, the load
-- over the month, how rented instances are billed, availability, each path's people and
-- one-offs, the cost lens, and optionally its own ownership assumptions in place of the
-- catalogue's. The first eighteen columns are all set or all null (null: priced the article's
-- way alone, as before); each ownership override may be null on its own (the catalogue's
-- figure stands) but only on a scenario with three paths. Bounds match ScenarioLimits and,
-- for the ownership overrides, the catalogue's rules (OwnershipAssumption.RULES).

alter table scenario
    add column request_input_tokens      numeric(12,2),
    add column request_output_tokens     numeric(12,2),
    add column cached_input_share        numeric(5,4),
    add column batch_share               numeric(5,4),
    add column active_hours_per_month    numeric(6,2),
    add column headroom                  numeric(5,4),
    add column billing_mode              varchar(16),
    add column runtime_buffer            numeric(6,4),
    add column minimum_replicas          integer,
    add column spare_replica             boolean,
    add column loaded_monthly_per_fte    numeric(12,2),
    add column api_ops_fte               numeric(7,3),
    add column rented_ops_fte            numeric(7,3),
    add column owned_ops_fte             numeric(7,3),
    add column api_implementation        numeric(14,2),
    add column rented_implementation     numeric(14,2),
    add column owned_implementation      numeric(14,2),
    add column cost_lens                 varchar(16),
    add column own_useful_life_years     numeric(14,6),
    add column own_residual_share        numeric(14,6),
    add column own_capital_rate          numeric(14,6),
    add column own_maintenance_share     numeric(14,6),
    add column own_electricity_per_kwh   numeric(14,6),
    add column own_pue                   numeric(14,6),
    add column own_base_server_watts     numeric(14,6),
    add column own_facility_per_month    numeric(14,6),
    add constraint scenario_paths check (
        (request_input_tokens is null and request_output_tokens is null and cached_input_share is null
            and batch_share is null and active_hours_per_month is null and headroom is null
            and billing_mode is null and runtime_buffer is null and minimum_replicas is null
            and spare_replica is null and loaded_monthly_per_fte is null and api_ops_fte is null
            and rented_ops_fte is null and owned_ops_fte is null and api_implementation is null
            and rented_implementation is null and owned_implementation is null and cost_lens is null
            and own_useful_life_years is null and own_residual_share is null and own_capital_rate is null
            and own_maintenance_share is null and own_electricity_per_kwh is null and own_pue is null
            and own_base_server_watts is null and own_facility_per_month is null)
        or (request_input_tokens between 0 and 1048576
            and request_output_tokens > 0 and request_output_tokens <= 1048576
            and cached_input_share between 0 and 1
            and batch_share between 0 and 1
            and active_hours_per_month > 0 and active_hours_per_month <= 730
            and headroom between 0.01 and 1
            and billing_mode in ('ALWAYS_ON', 'ACTIVE_WINDOW', 'SCALE_TO_ZERO')
            and runtime_buffer between 0 and 10
            and minimum_replicas between 1 and 1000
            and spare_replica is not null
            and loaded_monthly_per_fte between 0 and 10000000
            and api_ops_fte between 0 and 100
            and rented_ops_fte between 0 and 100
            and owned_ops_fte between 0 and 100
            and api_implementation between 0 and 1000000000
            and rented_implementation between 0 and 1000000000
            and owned_implementation between 0 and 1000000000
            and cost_lens in ('FULLY_LOADED', 'MARGINAL')
            and (own_useful_life_years is null or own_useful_life_years between 0.5 and 20)
            and (own_residual_share is null or own_residual_share between 0 and 0.99)
            and (own_capital_rate is null or own_capital_rate between 0 and 1)
            and (own_maintenance_share is null or own_maintenance_share between 0 and 1)
            and (own_electricity_per_kwh is null or own_electricity_per_kwh between 0 and 10)
            and (own_pue is null or own_pue between 1 and 5)
            and (own_base_server_watts is null or own_base_server_watts between 0 and 100000)
            and (own_facility_per_month is null or own_facility_per_month between 0 and 1000000)));
