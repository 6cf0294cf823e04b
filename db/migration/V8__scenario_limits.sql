-- The database holds a scenario to the same bounds as the app (ScenarioLimits): a volume
-- the engine prices, utilization from 1%, a peak of at most 100x, growth of at most
-- 1,000% a month, and the engineering, migration and hybrid figures the forms accept.
-- A utilization below 1% could never be priced (the planner refuses it), so a row saved
-- with one before this bound existed is raised to 1%.

update scenario set utilization = 0.01 where utilization < 0.01;

alter table scenario
    drop constraint scenario_volume,
    drop constraint scenario_utilization,
    drop constraint scenario_peak,
    drop constraint scenario_growth,
    drop constraint scenario_engineering,
    drop constraint scenario_migration,
    drop constraint scenario_hybrid,
    add constraint scenario_volume check (tokens_per_day between 0 and 100000000000),
    add constraint scenario_utilization check (utilization >= 0.01 and utilization <= 1),
    add constraint scenario_peak check (peak_factor between 1 and 100),
    add constraint scenario_growth check (growth_per_month > -1 and growth_per_month <= 10),
    add constraint scenario_engineering check (
        (engineer_monthly_cost is null and engineer_share is null)
        or (engineer_monthly_cost between 0 and 10000000 and engineer_share between 0 and 1)),
    add constraint scenario_migration check (migration_cost between 0 and 1000000000),
    add constraint scenario_hybrid check (
        hybrid_threshold between 0 and 100000000000 and hybrid_months >= 1 and hybrid_months <= horizon_months);
