CREATE TABLE IF NOT EXISTS __ef_migrations_history (
    migration_id character varying(150) NOT NULL,
    product_version character varying(32) NOT NULL,
    CONSTRAINT pk___ef_migrations_history PRIMARY KEY (migration_id)
);

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE TABLE audit_events (
        sequence bigint GENERATED ALWAYS AS IDENTITY,
        id uuid NOT NULL,
        at timestamp with time zone NOT NULL,
        actor_subject character varying(200) NOT NULL,
        actor_role character varying(50) NOT NULL,
        action character varying(100) NOT NULL,
        entity_type character varying(100) NOT NULL,
        entity_id uuid NOT NULL,
        patient_id uuid,
        previous_hash character varying(64) NOT NULL,
        hash character(64) NOT NULL,
        CONSTRAINT pk_audit_events PRIMARY KEY (sequence)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE TABLE organizations (
        id uuid NOT NULL,
        name character varying(200) NOT NULL,
        kind text NOT NULL,
        address_city text NOT NULL,
        address_line1 text NOT NULL,
        address_postal_code text NOT NULL,
        address_state text NOT NULL,
        CONSTRAINT pk_organizations PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE TABLE patients (
        id uuid NOT NULL,
        mrn character varying(32) NOT NULL,
        given_name character varying(100) NOT NULL,
        family_name character varying(100) NOT NULL,
        birth_date date NOT NULL,
        address_city text NOT NULL,
        address_line1 text NOT NULL,
        address_postal_code text NOT NULL,
        address_state text NOT NULL,
        CONSTRAINT pk_patients PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE TABLE disclosure_requests (
        id uuid NOT NULL,
        patient_id uuid NOT NULL,
        legal_basis text NOT NULL,
        requester_kind text NOT NULL,
        requester_organization_id uuid,
        requester_name character varying(200) NOT NULL,
        recipient_name character varying(200) NOT NULL,
        recipient_address character varying(500),
        scope_from date NOT NULL,
        scope_to date NOT NULL,
        scope_categories text[] NOT NULL,
        scope_description character varying(2000),
        purpose character varying(500) NOT NULL,
        delivery_method text NOT NULL,
        status text NOT NULL,
        hold_reason text,
        received_at timestamp with time zone NOT NULL,
        due_date date NOT NULL,
        identity_verified_at timestamp with time zone,
        released_at timestamp with time zone,
        approved_document_ids uuid[] NOT NULL,
        event_count integer NOT NULL,
        CONSTRAINT pk_disclosure_requests PRIMARY KEY (id),
        CONSTRAINT fk_disclosure_requests_organizations_requester_organization_id FOREIGN KEY (requester_organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
        CONSTRAINT fk_disclosure_requests_patients_patient_id FOREIGN KEY (patient_id) REFERENCES patients (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE TABLE documents (
        id uuid NOT NULL,
        patient_id uuid NOT NULL,
        category text NOT NULL,
        date_of_service date NOT NULL,
        title character varying(200) NOT NULL,
        author character varying(200) NOT NULL,
        sensitivity_labels text[] NOT NULL,
        content_type character varying(100) NOT NULL,
        content bytea NOT NULL,
        page_count integer NOT NULL,
        sha256 character(64) NOT NULL,
        CONSTRAINT pk_documents PRIMARY KEY (id),
        CONSTRAINT fk_documents_patients_patient_id FOREIGN KEY (patient_id) REFERENCES patients (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE TABLE authorizations (
        id uuid NOT NULL,
        request_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        kind text NOT NULL,
        form jsonb NOT NULL,
        received_at timestamp with time zone NOT NULL,
        revoked_at timestamp with time zone,
        signed_form bytea,
        findings jsonb NOT NULL,
        CONSTRAINT pk_authorizations PRIMARY KEY (id),
        CONSTRAINT fk_authorizations_disclosure_requests_request_id FOREIGN KEY (request_id) REFERENCES disclosure_requests (id) ON DELETE RESTRICT,
        CONSTRAINT fk_authorizations_patients_patient_id FOREIGN KEY (patient_id) REFERENCES patients (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE TABLE disclosure_ledger (
        id uuid NOT NULL,
        patient_id uuid NOT NULL,
        request_id uuid NOT NULL,
        disclosed_at timestamp with time zone NOT NULL,
        recipient_name character varying(200) NOT NULL,
        recipient_address character varying(500),
        description character varying(2000) NOT NULL,
        purpose character varying(500) NOT NULL,
        legal_basis text NOT NULL,
        accountable boolean NOT NULL,
        packet_sha256 character(64) NOT NULL,
        CONSTRAINT pk_disclosure_ledger PRIMARY KEY (id),
        CONSTRAINT fk_disclosure_ledger_patients_patient_id FOREIGN KEY (patient_id) REFERENCES patients (id) ON DELETE RESTRICT,
        CONSTRAINT fk_disclosure_ledger_requests_request_id FOREIGN KEY (request_id) REFERENCES disclosure_requests (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE TABLE packets (
        id uuid NOT NULL,
        request_id uuid NOT NULL,
        content bytea NOT NULL,
        page_count integer NOT NULL,
        sha256 character(64) NOT NULL,
        document_ids uuid[] NOT NULL,
        rendered_at timestamp with time zone NOT NULL,
        CONSTRAINT pk_packets PRIMARY KEY (id),
        CONSTRAINT fk_packets_disclosure_requests_request_id FOREIGN KEY (request_id) REFERENCES disclosure_requests (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE TABLE request_events (
        id uuid NOT NULL,
        ordinal integer NOT NULL,
        request_id uuid NOT NULL,
        kind text NOT NULL,
        actor_subject character varying(200) NOT NULL,
        actor_role character varying(50) NOT NULL,
        at timestamp with time zone NOT NULL,
        from_status text,
        to_status text NOT NULL,
        reason character varying(1000),
        CONSTRAINT pk_request_events PRIMARY KEY (id),
        CONSTRAINT fk_request_events_disclosure_requests_request_id FOREIGN KEY (request_id) REFERENCES disclosure_requests (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE UNIQUE INDEX ix_audit_events_id ON audit_events (id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE INDEX ix_audit_events_patient_id_at ON audit_events (patient_id, at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE INDEX ix_authorizations_patient_id ON authorizations (patient_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE INDEX ix_authorizations_request_id_received_at ON authorizations (request_id, received_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE INDEX ix_disclosure_ledger_patient_id_disclosed_at ON disclosure_ledger (patient_id, disclosed_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE INDEX ix_disclosure_ledger_request_id ON disclosure_ledger (request_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE INDEX ix_disclosure_requests_patient_id_id ON disclosure_requests (patient_id, id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE INDEX ix_disclosure_requests_requester_organization_id_id ON disclosure_requests (requester_organization_id, id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE INDEX ix_disclosure_requests_status_due_date ON disclosure_requests (status, due_date);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE INDEX ix_documents_patient_id_date_of_service ON documents (patient_id, date_of_service);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE UNIQUE INDEX ix_packets_request_id ON packets (request_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE UNIQUE INDEX ix_patients_mrn ON patients (mrn);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE UNIQUE INDEX ix_request_events_request_id_ordinal ON request_events (request_id, ordinal);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    CREATE FUNCTION refuse_change_to_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER disclosure_ledger_append_only BEFORE UPDATE OR DELETE ON disclosure_ledger
        FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
    CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
    CREATE TRIGGER request_events_append_only BEFORE UPDATE OR DELETE ON request_events
        FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125095524_Initial') THEN
    INSERT INTO __ef_migrations_history (migration_id, product_version)
    VALUES ('20261125095524_Initial', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125100350_EvidenceEngine') THEN
    ALTER TABLE authorizations RENAME COLUMN signed_form TO signed_document;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125100350_EvidenceEngine') THEN
    ALTER TABLE authorizations RENAME COLUMN form TO submission;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125100350_EvidenceEngine') THEN
    ALTER TABLE packets ADD obligations jsonb NOT NULL DEFAULT '{}';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125100350_EvidenceEngine') THEN
    ALTER TABLE authorizations ADD signed_document_sha256 character(64);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125100350_EvidenceEngine') THEN
    INSERT INTO __ef_migrations_history (migration_id, product_version)
    VALUES ('20261125100350_EvidenceEngine', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125101240_RequestLifecycle') THEN
    ALTER TABLE disclosure_requests ADD clock_citation character varying(200) NOT NULL DEFAULT '';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125101240_RequestLifecycle') THEN
    ALTER TABLE disclosure_requests ADD denial_explanation character varying(2000);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125101240_RequestLifecycle') THEN
    ALTER TABLE disclosure_requests ADD denial_grounds text[] NOT NULL DEFAULT ARRAY[]::text[];
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125101240_RequestLifecycle') THEN
    ALTER TABLE disclosure_requests ADD extended_at timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125101240_RequestLifecycle') THEN
    ALTER TABLE disclosure_requests ADD extension_reason character varying(2000);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125101240_RequestLifecycle') THEN
    ALTER TABLE disclosure_requests ADD original_due_date date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125101240_RequestLifecycle') THEN
    CREATE TABLE identity_verifications (
        id uuid NOT NULL,
        request_id uuid NOT NULL,
        method text NOT NULL,
        relationship text NOT NULL,
        authority text,
        authority_document character varying(500),
        note character varying(1000),
        verified_by character varying(200) NOT NULL,
        verified_at timestamp with time zone NOT NULL,
        findings jsonb NOT NULL,
        CONSTRAINT pk_identity_verifications PRIMARY KEY (id),
        CONSTRAINT fk_identity_verifications_disclosure_requests_request_id FOREIGN KEY (request_id) REFERENCES disclosure_requests (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125101240_RequestLifecycle') THEN
    CREATE INDEX ix_identity_verifications_request_id_verified_at ON identity_verifications (request_id, verified_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125101240_RequestLifecycle') THEN
    INSERT INTO __ef_migrations_history (migration_id, product_version)
    VALUES ('20261125101240_RequestLifecycle', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125102137_PartnerConventions') THEN
    CREATE TABLE idempotency_keys (
        client_id character varying(300) NOT NULL,
        key character varying(255) NOT NULL,
        request_hash character(64) NOT NULL,
        completed boolean NOT NULL,
        created_at timestamp with time zone NOT NULL,
        expires_at timestamp with time zone NOT NULL,
        response_status integer,
        response_content_type character varying(200),
        response_location character varying(2000),
        response_etag character varying(100),
        response_body bytea,
        CONSTRAINT pk_idempotency_keys PRIMARY KEY (client_id, key)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125102137_PartnerConventions') THEN
    CREATE INDEX ix_idempotency_keys_expires_at ON idempotency_keys (expires_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125102137_PartnerConventions') THEN
    INSERT INTO __ef_migrations_history (migration_id, product_version)
    VALUES ('20261125102137_PartnerConventions', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125102403_Webhooks') THEN
    CREATE TABLE webhook_endpoints (
        id uuid NOT NULL,
        organization_id uuid NOT NULL,
        url character varying(2000) NOT NULL,
        secret character varying(100) NOT NULL,
        event_types character varying(100)[] NOT NULL,
        active boolean NOT NULL,
        created_at timestamp with time zone NOT NULL,
        deactivated_at timestamp with time zone,
        CONSTRAINT pk_webhook_endpoints PRIMARY KEY (id),
        CONSTRAINT fk_webhook_endpoints_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125102403_Webhooks') THEN
    CREATE TABLE webhook_deliveries (
        id uuid NOT NULL,
        endpoint_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        event_type character varying(100) NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL,
        attempts integer NOT NULL,
        next_attempt_at timestamp with time zone,
        last_status_code integer,
        last_error character varying(50),
        last_attempt_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL,
        delivered_at timestamp with time zone,
        CONSTRAINT pk_webhook_deliveries PRIMARY KEY (id),
        CONSTRAINT fk_webhook_deliveries_organizations_organization_id FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE RESTRICT,
        CONSTRAINT fk_webhook_deliveries_webhook_endpoints_endpoint_id FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125102403_Webhooks') THEN
    CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125102403_Webhooks') THEN
    CREATE INDEX ix_webhook_deliveries_endpoint_id_status ON webhook_deliveries (endpoint_id, status);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125102403_Webhooks') THEN
    CREATE INDEX ix_webhook_deliveries_organization_id_id ON webhook_deliveries (organization_id, id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125102403_Webhooks') THEN
    CREATE INDEX ix_webhook_endpoints_organization_id_id ON webhook_endpoints (organization_id, id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125102403_Webhooks') THEN
    INSERT INTO __ef_migrations_history (migration_id, product_version)
    VALUES ('20261125102403_Webhooks', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125103258_Part2NoticeTexts') THEN
    CREATE TABLE part2_notice_texts (
        id character varying(100) NOT NULL,
        statement text NOT NULL,
        effective_from date NOT NULL,
        effective_until date,
        text text NOT NULL,
        source character varying(200) NOT NULL,
        CONSTRAINT pk_part2_notice_texts PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125103258_Part2NoticeTexts') THEN
    INSERT INTO part2_notice_texts (id, effective_from, effective_until, source, statement, text)
    VALUES ('part2-2.32-statement1-2024', DATE '2024-04-16', NULL, '42 CFR 2.32(a)(1), 89 FR 12472 (2024)', 'statement1', 'This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).');
    INSERT INTO part2_notice_texts (id, effective_from, effective_until, source, statement, text)
    VALUES ('part2-2.32-statement2-2024', DATE '2024-04-16', NULL, '42 CFR 2.32(a)(2), 89 FR 12472 (2024)', 'statement2', '42 CFR part 2 prohibits unauthorized use or disclosure of these records.');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125103258_Part2NoticeTexts') THEN
    CREATE UNIQUE INDEX ix_part2_notice_texts_statement_effective_from ON part2_notice_texts (statement, effective_from);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM __ef_migrations_history WHERE "migration_id" = '20261125103258_Part2NoticeTexts') THEN
    INSERT INTO __ef_migrations_history (migration_id, product_version)
    VALUES ('20261125103258_Part2NoticeTexts', '10.0.15');
    END IF;
END $EF$;
COMMIT;

