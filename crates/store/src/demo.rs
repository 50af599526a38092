//! The demo network: every organisation of the network with plausible services and languages,
//! and the hotlines seen on members' public pages. All of it is marked as demo data, which the
//! public site says on every page that shows it. Loading twice adds nothing.

use strada_domain::country_code::CountryCode;
use strada_domain::directory::{Hotline, Organisation};
use uuid::Uuid;

use strada_domain::accounts::{EmailAddress, NewPassword, PersonName, Role};
use strada_domain::countries::CountryProfile;
use strada_domain::language::UiLanguage;

use crate::accounts::NewUser;
use crate::directory::import::read_directory_csv;
use crate::directory::{insert_hotline, insert_organisation, parse_date};
use crate::{Store, StoreError};

const ORGANISATIONS_CSV: &str = include_str!("../demo/organisations.csv");
const HOTLINES_CSV: &str = include_str!("../demo/hotlines.csv");

/// Demo records get ids derived from their slug and number, so a second load meets the first
/// one's rows instead of making twins.
const DEMO_NAMESPACE: Uuid = Uuid::from_u128(0x5f1c_2d3e_8a4b_4c6d_9e0f_1a2b_3c4d_5e6f);

/// What a load of the demo network did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoLoad {
    pub organisations_added: usize,
    pub hotlines_added: usize,
}

/// The demo network as domain values, parsed from the embedded tables (by the importer's
/// reader, so the demo files are also the example of what `strada import` reads).
pub fn demo_network() -> Result<(Vec<Organisation>, Vec<Hotline>), StoreError> {
    let entries = read_directory_csv(ORGANISATIONS_CSV, HOTLINES_CSV, DEMO_NAMESPACE, true)
        .map_err(|error| StoreError::Corrupt(format!("demo seed: {error}")))?;
    let mut organisations = Vec::new();
    let mut hotlines = Vec::new();
    for entry in entries {
        organisations.push(entry.organisation);
        hotlines.extend(entry.hotlines);
    }
    Ok((organisations, hotlines))
}

impl Store {
    /// Loads the demo network into an empty database or a demo one (never into a real
    /// deployment's), in one transaction; what is already there stays as it is.
    pub async fn load_demo_network(&self) -> Result<DemoLoad, StoreError> {
        let (all_organisations, real_organisations) = self.count_organisations().await?;
        // A database with real data and no demo data is a real deployment: leave it alone.
        if real_organisations > 0 && real_organisations == all_organisations {
            return Err(StoreError::Refused(format!(
                "the database holds {real_organisations} real organisations; the demo network \
                 is only loaded into a database without real directory data"
            )));
        }
        let (organisations, hotlines) = demo_network()?;
        let mut transaction = self.pool().begin().await?;
        let mut load = DemoLoad {
            organisations_added: 0,
            hotlines_added: 0,
        };
        for organisation in &organisations {
            load.organisations_added +=
                usize::from(insert_organisation(&mut transaction, organisation).await?);
        }
        for hotline in &hotlines {
            load.hotlines_added += usize::from(insert_hotline(&mut transaction, hotline).await?);
        }
        transaction.commit().await?;
        Ok(load)
    }
}

/// The demo country profiles, one Markdown file per language and country
/// (`seed/countries/{language}/{CC}.md`).
static COUNTRY_SEED: include_dir::Dir<'_> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/seed/countries");

/// The date the demo profiles were last reviewed.
const DEMO_REVIEW_DATE: &str = "2026-11-27";

/// The demo country profiles as domain values.
pub fn demo_country_profiles() -> Result<Vec<CountryProfile>, StoreError> {
    let reviewed = parse_date(DEMO_REVIEW_DATE)?;
    let mut profiles = Vec::new();
    for directory in COUNTRY_SEED.dirs() {
        let language = directory
            .path()
            .to_str()
            .and_then(UiLanguage::from_code)
            .ok_or_else(|| {
                StoreError::Corrupt(format!("demo profiles: {}", directory.path().display()))
            })?;
        for file in directory.files() {
            let stem = file
                .path()
                .file_stem()
                .and_then(|stem| stem.to_str())
                .unwrap_or("");
            let country =
                CountryCode::parse(stem).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            let body = file.contents_utf8().ok_or_else(|| {
                StoreError::Corrupt(format!(
                    "demo profile {} is not UTF-8",
                    file.path().display()
                ))
            })?;
            profiles.push(CountryProfile {
                country,
                language,
                body: body.trim().to_owned(),
                last_reviewed: reviewed,
                demo: true,
            });
        }
    }
    Ok(profiles)
}

/// The password of every demo account: public by design, like the accounts themselves.
pub const DEMO_PASSWORD: &str = "strada-demo-2026";

/// One demo account per role: the network administrator at the secretariat, the others at
/// La Strada Moldova; and a case worker at CoMensha, whose case codes start with NL. Demo
/// accounts may skip the second factor; pages say so.
pub fn demo_accounts() -> Vec<(String, Role, &'static str)> {
    let mut accounts: Vec<_> = Role::ALL
        .iter()
        .map(|role| {
            let organisation = if role.works_for_the_network() {
                "la-strada-international-secretariat"
            } else {
                "la-strada-moldova"
            };
            (format!("{role}@demo.strada.invalid"), *role, organisation)
        })
        .collect();
    accounts.extend(
        MORE_DEMO_ACCOUNTS
            .iter()
            .filter_map(|(email, role, organisation)| {
                let role = Role::parse(role).ok()?;
                Some(((*email).to_owned(), role, *organisation))
            }),
    );
    accounts
}

/// The demo accounts past one per role, as data: address, role's code, organisation.
const MORE_DEMO_ACCOUNTS: [(&str, &str, &str); 1] = [(
    "case-worker-comensha@demo.strada.invalid",
    "case-worker",
    "comensha",
)];

impl Store {
    /// Creates the demo accounts that do not exist yet; answers every demo account.
    pub async fn load_demo_accounts(
        &self,
    ) -> Result<Vec<(String, Role, &'static str)>, StoreError> {
        let directory = self.load_directory().await?;
        let password =
            NewPassword::parse(DEMO_PASSWORD).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let hash = crate::accounts::hash_password(&password);
        let accounts = demo_accounts();
        for (email, role, organisation) in &accounts {
            let email =
                EmailAddress::parse(email).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            if self.credentials(&email).await?.is_some() {
                continue;
            }
            let organisation = directory.organisation(organisation).ok_or_else(|| {
                StoreError::Corrupt(format!("the demo organisation {organisation} is missing"))
            })?;
            let name = PersonName::parse(&format!("Demo {role}"))
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
            self.create_user(NewUser {
                email: &email,
                name: &name,
                organisation_id: organisation.id,
                role: *role,
                password_hash: Some(hash.clone()),
                demo: true,
            })
            .await?;
        }
        Ok(accounts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_further_demo_account_has_a_role() {
        assert_eq!(
            demo_accounts().len(),
            Role::ALL.len() + MORE_DEMO_ACCOUNTS.len()
        );
    }

    #[test]
    fn the_seed_parses_whole() {
        let (organisations, hotlines) = demo_network().unwrap();
        assert_eq!(organisations.len(), 30);
        assert_eq!(hotlines.len(), 11);
        assert!(
            organisations
                .iter()
                .any(|o| o.slug.as_str() == "la-strada-moldova")
        );
    }
}

#[cfg(test)]
mod database_tests {
    use crate::{DatabaseUrl, Store};

    #[tokio::test]
    async fn loading_twice_adds_nothing_the_second_time() {
        let dir = tempfile::tempdir().unwrap();
        let url = DatabaseUrl::parse(&format!(
            "sqlite://{}/nested/strada.db",
            dir.path().display()
        ))
        .unwrap();
        let store = Store::open(&url).await.unwrap();
        let first = store.load_demo_network().await.unwrap();
        assert_eq!((first.organisations_added, first.hotlines_added), (30, 11));
        let second = store.load_demo_network().await.unwrap();
        assert_eq!((second.organisations_added, second.hotlines_added), (0, 0));
        let directory = store.load_directory().await.unwrap();
        let summary = directory.summary();
        assert_eq!(
            (
                summary.members,
                summary.associates,
                summary.founding_members
            ),
            (26, 2, 8)
        );
        assert_eq!(summary.member_countries, 23);
        assert_eq!(directory.hotlines().len(), 11);
        let moldova = directory.organisation("la-strada-moldova").unwrap();
        assert!(moldova.founding && moldova.demo);
        assert_eq!(directory.hotlines_of(moldova).len(), 2);
    }
}
