-- A frozen board link keeps its scenario as JSON in the shape of the app's ScenarioDetails.
-- That record now groups its fields (growth, engineering time, the hybrid rule), so each
-- pinned scenario is rewritten into the grouped shape with the same values: the board sees
-- exactly the numbers it saw before.

update share_link
set frozen_scenario = (
    (old - 'growthPerMonth' - 'horizonMonths' - 'engineerMonthlyCost' - 'engineerShare'
         - 'migrationCost' - 'hybridThreshold' - 'hybridMonths')
    || jsonb_build_object(
        'growth', jsonb_build_object(
            'perMonth', old -> 'growthPerMonth',
            'horizonMonths', old -> 'horizonMonths'),
        'engineering', jsonb_build_object(
            'engineerMonthlyCost', old -> 'engineerMonthlyCost',
            'share', old -> 'engineerShare'),
        'hybrid', jsonb_build_object(
            'threshold', old -> 'hybridThreshold',
            'months', old -> 'hybridMonths',
            'migrationCost', old -> 'migrationCost'))
)::text
from (select id as link_id, frozen_scenario::jsonb as old from share_link where frozen_scenario is not null) frozen
where share_link.id = frozen.link_id
  and frozen.old ? 'growthPerMonth';
