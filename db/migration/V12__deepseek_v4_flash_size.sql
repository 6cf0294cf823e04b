-- DeepSeek V4 Flash's size is public (its model card: 284B total, 13B active parameters), so
-- the catalogue now says it. Sizing needs it, and the quick mode's every-model table, routing
-- and break-even map then place the model on the tier that holds it (200B+) instead of
-- falling back to the scenario's tier, which priced it on one A100 40GB that cannot hold it.
-- The article's scenarios A, B and C name their tiers and do not change.

update model_price set params_total_billions = 284, params_active_billions = 13
    where name = 'DeepSeek V4 Flash' and params_total_billions is null;
