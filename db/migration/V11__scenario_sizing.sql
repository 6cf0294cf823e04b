-- A scenario may size its hardware from the model and a GPU instead of taking the article's
-- tier: the GPU type, the weight and KV-cache formats, the context a sequence holds and the
-- sequences a replica serves. All five or none (none: the article's tier, as before).

alter table scenario
    add column gpu_type_id        bigint references gpu_type (id),
    add column weights_precision  varchar(8),
    add column kv_cache_precision varchar(8),
    add column context_tokens     integer,
    add column concurrency        integer,
    add constraint scenario_sizing check (
        (gpu_type_id is null and weights_precision is null and kv_cache_precision is null
            and context_tokens is null and concurrency is null)
        or (gpu_type_id is not null
            and weights_precision in ('BF16', 'FP8', 'INT8', 'INT4')
            and kv_cache_precision in ('BF16', 'FP8', 'INT8', 'INT4')
            and context_tokens between 1 and 1048576
            and concurrency between 1 and 4096));

create index scenario_gpu_type_idx on scenario (gpu_type_id);
