-- What renting one GPU costs an hour, on demand, as the cheapest and the dearest public
-- listing seen; a sized deployment option is priced as these x 730 hours a month x the
-- GPUs of a replica. A GPU without a rental price is never priced: the option says so.
-- Prices are those listed in autumn 2026 (spot prices left out: they can be taken away).

alter table gpu_type
    add column cloud_hourly_low  numeric(8,4),
    add column cloud_hourly_high numeric(8,4),
    add column rental_source     varchar(1000),
    add constraint gpu_type_rental_range check (
        (cloud_hourly_low is null and cloud_hourly_high is null)
        or (cloud_hourly_low >= 0 and cloud_hourly_low <= cloud_hourly_high));

update gpu_type set cloud_hourly_low = 1.99, cloud_hourly_high = 3.40,
    rental_source = 'On-demand $/GPU-hour, autumn 2026: Lambda 1.99; AWS p4d 2.74; Azure 3.40'
    where name = 'A100 40GB SXM';
update gpu_type set cloud_hourly_low = 1.39, cloud_hourly_high = 3.43,
    rental_source = 'On-demand $/GPU-hour, autumn 2026: RunPod 1.39 community, 1.59 secure; Lambda 2.79 (8x node); AWS 3.43'
    where name = 'A100 80GB SXM';
update gpu_type set cloud_hourly_low = 2.69, cloud_hourly_high = 12.29,
    rental_source = 'On-demand $/GPU-hour, autumn 2026: RunPod 2.69-3.99; Nebius 3.85; Lambda 3.99-4.29; AWS p5 6.88; GCP 10.98; Azure 12.29'
    where name = 'H100 80GB SXM';
update gpu_type set cloud_hourly_low = 0.79, cloud_hourly_high = 1.55,
    rental_source = 'On-demand $/GPU-hour, autumn 2026: RunPod 0.79-1.09; Nebius 1.55'
    where name = 'L40S 48GB';
update gpu_type set cloud_hourly_low = 0.44, cloud_hourly_high = 0.78,
    rental_source = 'On-demand $/GPU-hour, autumn 2026: RunPod 0.44; 0.78 on another listing (spot median 0.268 left out)'
    where name = 'L4 24GB';
