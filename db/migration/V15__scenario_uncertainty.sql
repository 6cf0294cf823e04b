-- Uncertainty: the ranges a scenario's inputs carry and how its simulation runs. An input
-- without a row takes the catalogue's low-high where it has one and is certain otherwise; a
-- row's likely value is null for the scenario's own figure (as the screens save it).
alter table scenario
    add column simulation_draws integer not null default 10000,
    add column simulation_seed  bigint  not null default 1,
    add constraint scenario_simulation_draws check (simulation_draws between 1000 and 100000);

create table scenario_range (
    scenario_id bigint           not null references scenario (id) on delete cascade,
    position    integer          not null,
    input_key   varchar(200)     not null,
    low_value   double precision not null,
    likely_value double precision,
    high_value  double precision not null,
    shape       varchar(12)      not null,
    primary key (scenario_id, position),
    constraint scenario_range_input_unique unique (scenario_id, input_key),
    constraint scenario_range_order check (low_value <= high_value),
    constraint scenario_range_shape check (shape in ('TRIANGULAR', 'UNIFORM', 'LOG_NORMAL'))
);
