//! The identity's store on SQLite: its checks, its scope, the blind index following a
//! rewrite, and erasure holding when a keyring backup older than it is put back.

use strada_domain::access::CaseScope;
use strada_domain::accounts::{EmailAddress, User};
use strada_domain::cases::CaseDetails;
use strada_domain::cases::codes::{
    Gender, MethodOfControl, MethodOfRecruitment, TraffickingStatus,
};
use strada_domain::cases::identity::{CaseIdentity, FindingKey};
use strada_domain::consultations::ExploitationType;
use strada_domain::country_code::CountryCode;
use strada_domain::ids::CaseId;
use time::OffsetDateTime;

use super::{ErasureRequest, StoredIdentity};
use crate::cases::{NewCase, Opened};
use crate::crypto::{BlindIndexKey, MasterKey};
use crate::keyring::CaseKeyring;
use crate::{DatabaseUrl, Store, StoreError};

struct Fixture {
    store: Store,
    admin: User,
    keys: std::path::PathBuf,
    _directory: tempfile::TempDir,
}

async fn fixture() -> Fixture {
    let directory = tempfile::tempdir().unwrap();
    let url = DatabaseUrl::Sqlite(directory.path().join("strada.db"));
    let keys = directory.path().join("case-keys");
    let keyring = CaseKeyring::open(&keys, BlindIndexKey::from_bytes([7; 32])).unwrap();
    let store = Store::open(&url)
        .await
        .unwrap()
        .with_master_key(MasterKey::from_bytes([3; 32]))
        .with_case_keyring(keyring);
    store.load_demo_network().await.unwrap();
    store.load_demo_accounts().await.unwrap();
    let admin = store
        .credentials(&EmailAddress::parse("org-admin@demo.strada.invalid").unwrap())
        .await
        .unwrap()
        .unwrap()
        .user;
    Fixture {
        store,
        admin,
        keys,
        _directory: directory,
    }
}

impl Fixture {
    fn scope(&self) -> CaseScope {
        CaseScope::Organisation(self.admin.organisation_id)
    }

    async fn open_case(&self) -> CaseId {
        // A man from Moldova, recruited through an online advertisement and kept by a debt.
        let moldova = CountryCode::parse("MD").ok();
        let details = CaseDetails {
            gender: Some(Gender::Masculine),
            age_band: None,
            citizenship: moldova,
            residence: moldova,
            trafficking_status: TraffickingStatus::ActualVictimOfTrafficking,
            identified_by: None,
            exploitation_types: vec![ExploitationType::ForcedLabour],
            sex_exploitation_types: Vec::new(),
            forced_labour_industries: Vec::new(),
            methods_of_control: vec![MethodOfControl::DebtBondage],
            methods_of_recruitment: vec![MethodOfRecruitment::ThroughAnOnlineAdvertisement],
            vulnerabilities: Vec::new(),
        };
        let opened = self
            .store
            .open_case(&NewCase {
                organisation_id: self.admin.organisation_id,
                country: CountryCode::parse("MD").unwrap(),
                lead_worker_id: self.admin.id,
                opened_by: self.admin.id,
                details: &details,
                origin: None,
                idempotency_key: None,
                now: OffsetDateTime::now_utc(),
            })
            .await
            .unwrap();
        match opened {
            Opened::New(case) | Opened::Repeated(case) => case.id,
        }
    }

    async fn matches(&self, name: &str) -> Vec<CaseId> {
        let key = FindingKey::new(name, 2001).unwrap();
        self.store
            .possible_matches(self.admin.organisation_id, &key)
            .await
            .unwrap()
    }
}

fn identity(family_name: &str) -> CaseIdentity {
    CaseIdentity {
        given_names: "Ana".into(),
        family_name: family_name.into(),
        other_names: Vec::new(),
        birth_date: Some(time::macros::date!(2001 - 01 - 09)),
        phone: String::new(),
        email: String::new(),
        address: String::new(),
        documents: Vec::new(),
        notes: String::new(),
    }
}

#[tokio::test]
async fn an_identity_is_checked_scoped_and_indexed_as_last_written() {
    let fixture = fixture().await;
    let case = fixture.open_case().await;
    let now = OffsetDateTime::now_utc();
    let store = &fixture.store;
    assert!(matches!(
        store
            .write_case_identity(fixture.scope(), case, &identity(" "), fixture.admin.id, now)
            .await,
        Err(StoreError::Refused(_))
    ));
    let elsewhere = CaseScope::Organisation(strada_domain::ids::OrganisationId::new_random());
    assert!(
        !store
            .write_case_identity(elsewhere, case, &identity("Popescu"), fixture.admin.id, now)
            .await
            .unwrap()
    );
    assert_eq!(
        store.case_identity(fixture.scope(), case).await.unwrap(),
        None
    );
    assert!(
        store
            .write_case_identity(
                fixture.scope(),
                case,
                &identity("Popescu"),
                fixture.admin.id,
                now
            )
            .await
            .unwrap()
    );
    assert_eq!(fixture.matches("Popescu").await, [case]);
    assert!(
        store
            .write_case_identity(
                fixture.scope(),
                case,
                &identity("Rusu"),
                fixture.admin.id,
                now
            )
            .await
            .unwrap()
    );
    assert!(
        fixture.matches("Popescu").await.is_empty(),
        "the old name is gone"
    );
    assert_eq!(fixture.matches("Rusu").await, [case]);
    assert_eq!(store.case_identity(elsewhere, case).await.unwrap(), None);
    assert_eq!(
        store.case_identity(fixture.scope(), case).await.unwrap(),
        Some(StoredIdentity::Identity(identity("Rusu")))
    );
}

#[tokio::test]
async fn an_erasure_holds_when_an_older_keyring_is_put_back() {
    let fixture = fixture().await;
    let case = fixture.open_case().await;
    let kept = fixture.open_case().await;
    let now = OffsetDateTime::now_utc();
    for id in [case, kept] {
        fixture
            .store
            .write_case_identity(
                fixture.scope(),
                id,
                &identity("Popescu"),
                fixture.admin.id,
                now,
            )
            .await
            .unwrap();
    }
    let backup = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(&fixture.keys).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), backup.path().join(entry.file_name())).unwrap();
    }
    let certificate = fixture
        .store
        .erase_case(
            fixture.admin.organisation_id,
            case,
            ErasureRequest::Rule("retention: closed 5 years"),
            now,
        )
        .await
        .unwrap()
        .unwrap();
    assert_eq!(certificate.requested_by, "retention: closed 5 years");
    // The keyring restored from its backup, and its memory of the erasure lost with it.
    std::fs::remove_dir_all(&fixture.keys).unwrap();
    std::fs::create_dir(&fixture.keys).unwrap();
    for entry in std::fs::read_dir(backup.path()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), fixture.keys.join(entry.file_name())).unwrap();
    }
    assert!(fixture.keys.join(format!("{case}.key")).exists());
    assert_eq!(fixture.store.reconcile_case_keyring().await.unwrap(), 1);
    assert!(!fixture.keys.join(format!("{case}.key")).exists());
    assert!(fixture.keys.join(format!("erased/{case}")).exists());
    assert_eq!(fixture.store.reconcile_case_keyring().await.unwrap(), 0);
    assert_eq!(fixture.matches("Popescu").await, [kept]);
    assert_eq!(
        fixture
            .store
            .case_identity(fixture.scope(), kept)
            .await
            .unwrap(),
        Some(StoredIdentity::Identity(identity("Popescu")))
    );
    assert_eq!(
        fixture
            .store
            .erase_case(
                fixture.admin.organisation_id,
                case,
                ErasureRequest::Rule("again"),
                now
            )
            .await
            .unwrap(),
        None,
        "nothing is left to erase"
    );
}
