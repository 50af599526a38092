//! A case's identity at rest: sealed with the case's own key, which lives in the case keyring
//! and not in the database; found again by the blind index whatever the script or accents a
//! name is typed in; and erased for good, so that a backup of the database taken before the
//! erasure and put back after it does not read the case again, and loses its rows again at
//! the next start.

use strada_domain::access::CaseScope;
use strada_domain::accounts::Role;
use strada_domain::cases::CaseDetails;
use strada_domain::cases::codes::TraffickingStatus;
use strada_domain::cases::identity::{CaseIdentity, DocumentType, FindingKey, IdentityDocument};
use strada_domain::country_code::CountryCode;
use strada_store::cases::{ErasureRequest, NewCase, Opened, StoredIdentity};
use strada_store::crypto::{BlindIndexKey, MasterKey};
use strada_store::keyring::CaseKeyring;
use strada_store::{DatabaseUrl, Store};
use time::OffsetDateTime;

use crate::{TestApp, demo_email};

/// The case's tables, as a backup copies them and a restore puts them back.
const CASE_TABLES: [&str; 5] = [
    "cases",
    "case_workers",
    "case_timeline",
    "case_identities",
    "case_finding_index",
];

fn details() -> CaseDetails {
    CaseDetails {
        gender: None,
        age_band: None,
        citizenship: None,
        residence: None,
        trafficking_status: TraffickingStatus::PossibleVictimOfTrafficking,
        identified_by: None,
        exploitation_types: Vec::new(),
        sex_exploitation_types: Vec::new(),
        forced_labour_industries: Vec::new(),
        methods_of_control: Vec::new(),
        methods_of_recruitment: Vec::new(),
        vulnerabilities: Vec::new(),
    }
}

fn identity() -> CaseIdentity {
    CaseIdentity {
        given_names: "Oleksandra".into(),
        family_name: "Ştefănescu".into(),
        other_names: vec!["Иванова".into()],
        birth_date: Some(time::macros::date!(1998 - 07 - 21)),
        phone: "+373 600 12 345".into(),
        email: String::new(),
        address: "Strada Trandafirilor 12".into(),
        documents: vec![IdentityDocument {
            kind: DocumentType::Passport,
            number: "QX7745120".into(),
            issuing_country: Some(CountryCode::parse("MD").unwrap()),
        }],
        notes: "Speaks Romanian and Russian.".into(),
    }
}

/// Whether a file holds `needle` anywhere.
pub(crate) fn file_holds(path: &std::path::Path, needle: &str) -> bool {
    std::fs::read(path).is_ok_and(|bytes| {
        bytes
            .windows(needle.len())
            .any(|window| window == needle.as_bytes())
    })
}

#[tokio::test]
async fn an_identity_is_sealed_found_by_its_blind_index_and_erased_from_every_backup() {
    let app = TestApp::spawn().await;
    let admin = app.user(&demo_email(Role::OrgAdmin)).await;
    let organisation = admin.organisation_id;
    let scope = CaseScope::Organisation(organisation);
    let store = app.server().state.store();
    let Opened::New(case) = store
        .open_case(&NewCase {
            organisation_id: organisation,
            country: CountryCode::parse("MD").unwrap(),
            lead_worker_id: admin.id,
            opened_by: admin.id,
            details: &details(),
            origin: None,
            idempotency_key: None,
            now: OffsetDateTime::now_utc(),
        })
        .await
        .unwrap()
    else {
        panic!("a new case");
    };
    let now = OffsetDateTime::now_utc();
    assert!(
        store
            .write_case_identity(scope, case.id, &identity(), admin.id, now)
            .await
            .unwrap()
    );
    assert_eq!(
        store.case_identity(scope, case.id).await.unwrap(),
        Some(StoredIdentity::Identity(identity()))
    );

    if let DatabaseUrl::Sqlite(path) = &app.database {
        let mut wal = path.clone().into_os_string();
        wal.push("-wal");
        let wal = std::path::PathBuf::from(wal);
        for needle in [
            "Oleksandra",
            "Ştefănescu",
            "Иванова",
            "QX7745120",
            "1998-07-21",
            "Trandafirilor",
        ] {
            assert!(!file_holds(path, needle), "{needle} in the database");
            assert!(!file_holds(&wal, needle), "{needle} in its WAL");
        }
    }

    for spelling in [
        "Ştefănescu",
        "Stefanescu",
        "STEFANESCU",
        "Иванова",
        "Ivanova",
    ] {
        let key = FindingKey::new(spelling, 1998).unwrap();
        assert_eq!(
            store.possible_matches(organisation, &key).await.unwrap(),
            [case.id],
            "{spelling}"
        );
    }
    let other_year = FindingKey::new("Stefanescu", 1999).unwrap();
    assert!(
        store
            .possible_matches(organisation, &other_year)
            .await
            .unwrap()
            .is_empty()
    );
    let elsewhere = app
        .user(&demo_email(Role::NetworkAdmin))
        .await
        .organisation_id;
    let key = FindingKey::new("Stefanescu", 1998).unwrap();
    assert!(
        store
            .possible_matches(elsewhere, &key)
            .await
            .unwrap()
            .is_empty()
    );

    // A backup of the database, taken before the erasure.
    let backup = match &app.database {
        DatabaseUrl::Sqlite(path) => {
            let copy = path.with_extension("backup.db");
            app.execute_sql(&format!("VACUUM INTO '{}'", copy.display()))
                .await;
            Some(copy)
        }
        DatabaseUrl::Postgres(_) => {
            for table in CASE_TABLES {
                app.execute_sql(&format!(
                    "CREATE TABLE backup_{table} AS SELECT * FROM {table}"
                ))
                .await;
            }
            None
        }
    };

    let certificate = store
        .erase_case(organisation, case.id, ErasureRequest::Person(&admin), now)
        .await
        .unwrap()
        .expect("the case is erased");
    assert_eq!(certificate.case_id, case.id);
    assert_eq!(certificate.code, case.code);
    assert_eq!(certificate.requested_by, admin.email.to_string());
    assert_eq!(
        certificate.key_fingerprint.as_deref().map(str::len),
        Some(64)
    );
    assert_eq!(store.case_identity(scope, case.id).await.unwrap(), None);
    assert!(
        store
            .possible_matches(organisation, &key)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_events WHERE action = 'case_erased'")
            .await,
        1
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_events WHERE action = 'case_erased' \
             AND (target LIKE '%Ivanova%' OR target LIKE '%Stef%' OR target LIKE '%QX77%')"
        )
        .await,
        0,
        "the certificate holds no personal data"
    );

    // The backup put back: the case's rows return, but its identity does not open; at the
    // next start, the keyring's memory of the erasure removes the rows again.
    match (&app.database, backup) {
        (DatabaseUrl::Sqlite(path), Some(copy)) => {
            let directory = path.parent().unwrap();
            let restored = store_on(&copy, directory).await;
            assert!(
                restored.case(scope, case.id).await.unwrap().is_some(),
                "the rows are back"
            );
            assert_eq!(
                restored.case_identity(scope, case.id).await.unwrap(),
                Some(StoredIdentity::Erased)
            );
            restored.close().await;
            let path = path.clone();
            let app = app
                .restart_with(|| {
                    for suffix in ["-wal", "-shm"] {
                        let mut companion = path.clone().into_os_string();
                        companion.push(suffix);
                        let _ = std::fs::remove_file(companion);
                    }
                    std::fs::rename(&copy, &path).unwrap();
                })
                .await;
            let store = app.server().state.store();
            assert_eq!(store.case(scope, case.id).await.unwrap(), None);
        }
        _ => {
            for table in CASE_TABLES {
                app.execute_sql(&format!("INSERT INTO {table} SELECT * FROM backup_{table}"))
                    .await;
            }
            assert!(
                store.case(scope, case.id).await.unwrap().is_some(),
                "the rows are back"
            );
            assert_eq!(
                store.case_identity(scope, case.id).await.unwrap(),
                Some(StoredIdentity::Erased)
            );
            assert_eq!(store.reconcile_case_keyring().await.unwrap(), 1);
            assert_eq!(store.case(scope, case.id).await.unwrap(), None);
        }
    }
}

/// A second store on a copy of the database, with the keys of the app in `directory`, as
/// the harness lays them out; it does not reconcile the keyring.
async fn store_on(database: &std::path::Path, directory: &std::path::Path) -> Store {
    let (master_key, _) = MasterKey::load_or_create(&directory.join("master.key")).unwrap();
    let (blind_index, _) =
        BlindIndexKey::load_or_create(&directory.join("blind-index.key")).unwrap();
    let keyring = CaseKeyring::open(&directory.join("case-keys"), blind_index).unwrap();
    Store::open(&DatabaseUrl::Sqlite(database.to_owned()))
        .await
        .unwrap()
        .with_master_key(master_key)
        .with_case_keyring(keyring)
}
