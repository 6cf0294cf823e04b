-- Sign-in attempts are now claimed before the password is checked, so that parallel
-- guesses cannot get more than the allowed number checked; a failure keeps its claim.
alter table login_failure rename to login_attempt;
alter table login_attempt rename column failed_at to attempted_at;
alter index login_failure_username_idx rename to login_attempt_username_idx;
alter table login_attempt rename constraint login_failure_pkey to login_attempt_pkey;
alter sequence login_failure_id_seq rename to login_attempt_id_seq;
