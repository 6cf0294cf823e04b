-- Routing: the cascade a scenario routes through, saved with it. Null on the scenarios saved
-- before: they route the article's way (GLM-4-9B first, 36% escalated to DeepSeek V4 Flash),
-- as the screens showed them. Models are names joined by '|', rates decimals joined by '|'.
alter table scenario
    add column routing_models varchar(1000),
    add column routing_rates  varchar(200);
