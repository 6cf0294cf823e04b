-- What a founder plans with beyond one volume: growth, the engineering time self-hosting
-- takes, a one-off migration, the article's hybrid rule and its other conditions.

alter table scenario
    add column engineer_monthly_cost  numeric(12,2),
    add column engineer_share         numeric(5,4),
    add column migration_cost         numeric(12,2) not null default 0,
    add column hybrid_threshold       numeric(20,0) not null default 500000000,
    add column hybrid_months          integer       not null default 3,
    add column compliance_forbids_third_parties boolean not null default false,
    add column research_needs_model_changes     boolean not null default false,
    add column idle_gpus_on_hand                boolean not null default false,
    add column latency_under_50ms               boolean not null default false,
    add constraint scenario_engineering check (
        (engineer_monthly_cost is null and engineer_share is null)
        or (engineer_monthly_cost >= 0 and engineer_share >= 0 and engineer_share <= 1)),
    add constraint scenario_migration check (migration_cost >= 0),
    add constraint scenario_hybrid check (hybrid_threshold >= 0 and hybrid_months >= 1 and hybrid_months <= horizon_months);

-- The category that a scenario's own engineering time replaces, so it is never counted twice.
alter table hidden_cost_category
    add column engineering_time boolean not null default false;

update hidden_cost_category set engineering_time = true where name = 'DevOps engineer time (partial)';
