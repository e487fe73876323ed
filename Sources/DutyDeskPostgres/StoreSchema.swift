import DutyDeskLedger
import PostgresNIO

/// The store's tables and the steps that build them, numbered; `dutydesk store init|migrate`
/// runs the steps a database has not had yet, each in its own transaction with its number.
///
/// `event` keeps each line's exact framed bytes (`line`), whose SHA-256 up to `,"hash":"` is the
/// line's hash, beside decoded columns for querying. Triggers refuse UPDATE, DELETE and TRUNCATE on
/// it, and the role `dutydesk_app` (granted to the desks' login users) may only INSERT and SELECT
/// events. `desk_head` is the one row per desk that an append locks: it is moved, never the events.
/// Nothing here uses ON CONFLICT or xid8, which openGauss lacks.
public enum StoreSchema {
    /// Each step's statements, one at a time (the extended protocol takes one per query).
    public static let migrations: [[String]] = [
        [
            """
            CREATE TABLE desk_head (
                desk_id text PRIMARY KEY CHECK (desk_id ~ '^[0-9]+$'),
                head_seq bigint NOT NULL CHECK (head_seq >= 0),
                head_hash text NOT NULL
            )
            """,
            """
            CREATE TABLE event (
                desk_id text NOT NULL REFERENCES desk_head (desk_id),
                seq bigint NOT NULL CHECK (seq > 0),
                event_id text NOT NULL UNIQUE,
                recorded_at timestamptz NOT NULL,
                op text NOT NULL,
                type text NOT NULL,
                case_code text,
                line bytea NOT NULL,
                PRIMARY KEY (desk_id, seq)
            )
            """,
            "CREATE INDEX event_case ON event (desk_id, case_code)",
            """
            CREATE FUNCTION dutydesk_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the ledger is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
                    USING ERRCODE = 'insufficient_privilege';
            END $$
            """,
            """
            CREATE TRIGGER event_append_only BEFORE UPDATE OR DELETE ON event
                FOR EACH ROW EXECUTE FUNCTION dutydesk_refuse_change()
            """,
            """
            CREATE TRIGGER event_never_truncated BEFORE TRUNCATE ON event
                FOR EACH STATEMENT EXECUTE FUNCTION dutydesk_refuse_change()
            """,
            """
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dutydesk_app') THEN
                    CREATE ROLE dutydesk_app NOLOGIN;
                END IF;
            END $$
            """,
            "REVOKE ALL ON event, desk_head FROM PUBLIC",
            "GRANT SELECT, INSERT ON event TO dutydesk_app",
            "GRANT SELECT, INSERT, UPDATE ON desk_head TO dutydesk_app",
        ],
    ]

    /// The version a database is at: 0 before `init`.
    static func version(_ link: PostgresLink) throws -> Int {
        let exists = try link.query("SELECT to_regclass('dutydesk_schema') IS NOT NULL")
        guard try exists.first?.decode(Bool.self) == true else { return 0 }
        return try link.query("SELECT coalesce(max(version), 0) FROM dutydesk_schema").first?.decode(Int.self) ?? 0
    }

    /// Runs every step the database lacks; returns the versions it was at and is now at.
    public static func migrate(_ address: PostgresStoreAddress) throws -> (from: Int, to: Int) {
        let link = PostgresLink(address)
        do {
            try link.script("""
                CREATE TABLE IF NOT EXISTS dutydesk_schema (
                    version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                """)
            try link.script("GRANT SELECT ON dutydesk_schema TO PUBLIC")
            let from = try version(link)
            for (index, step) in migrations.enumerated() where index + 1 > from {
                try link.transaction {
                    for statement in step { try link.script(statement) }
                    try link.query("INSERT INTO dutydesk_schema (version) VALUES (\(index + 1))")
                }
            }
            return (from, migrations.count)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.unavailable(store: address.description, why: PostgresLink.unavailable(error))
        }
    }
}
