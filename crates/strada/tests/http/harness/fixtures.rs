//! Fixtures: the people of a test in one line each. A staff member of a given role in a given
//! organisation, signed in (and enrolled in the second factor when their role needs one); a
//! demo account signed in; a program holding an API token.

use reqwest::StatusCode;
use strada_domain::accounts::{EmailAddress, NewPassword, PersonName, Role, User};
use strada_domain::second_factor::{STEP_SECONDS, TotpSecret};
use strada_store::accounts::{self as store_accounts, NewUser, SecretStart};
use strada_store::demo::DEMO_PASSWORD;

use super::{Client, TestApp};

impl TestApp {
    /// A new staff member of `role` at `organisation`, signed in, with the CSRF token of
    /// their session, and enrolled in the second factor if their role requires one.
    pub async fn staff(&self, role: Role, organisation: &str) -> Client<'_> {
        let email = format!("{}-{}@staff.strada.invalid", role.code(), unique());
        self.staff_named(&email, role, organisation).await
    }

    /// [`TestApp::staff`] with an address of the test's choosing.
    pub async fn staff_named(&self, email: &str, role: Role, organisation: &str) -> Client<'_> {
        let password = self.create_user(email, role.code(), organisation).await;
        let mut client = Client::new(self);
        let answer = client.sign_in(email, &password).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
        if role.requires_second_factor() {
            assert_eq!(answer.header("location"), "/staff/enrol");
            client.enrol_second_factor().await;
        }
        client.get("/staff/").await;
        client.email = email.to_owned();
        client.password = password;
        client
    }

    /// The demo account of `role` (at La Strada Moldova, the network-admin at the
    /// secretariat), signed in.
    pub async fn demo_staff(&self, role: Role) -> Client<'_> {
        let email = demo_email(role);
        let mut client = Client::new(self);
        let answer = client.sign_in(&email, DEMO_PASSWORD).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
        client.get("/staff/").await;
        client.email = email;
        client.password = DEMO_PASSWORD.to_owned();
        client
    }

    /// A browser signed in to an existing account with its password, the answer to the
    /// sign-in form checked to lead on.
    pub async fn signed_in(&self, email: &str, password: &str) -> Client<'_> {
        let mut client = Client::new(self);
        let answer = client.sign_in(email, password).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
        client.email = email.to_owned();
        client.password = password.to_owned();
        client
    }

    /// A new account of `role` at `organisation`, signed in with its password and nothing
    /// more: a role that needs a second factor is left at its enrolment.
    pub async fn signed_in_new(&self, email: &str, role: Role, organisation: &str) -> Client<'_> {
        let password = self.create_user(email, role.code(), organisation).await;
        self.signed_in(email, &password).await
    }

    /// A browser signed in to an existing account with its password and then a code of
    /// `secret`, the second factor it enrolled: the next step's code, since a code is taken
    /// once and enrolling took the current one.
    pub async fn signed_in_with_second_factor(
        &self,
        email: &str,
        password: &str,
        secret: &TotpSecret,
    ) -> Client<'_> {
        let mut client = Client::new(self);
        assert_eq!(
            client.sign_in_leads_to(email, password).await,
            "/login/code"
        );
        let answer = client
            .submit(
                "/login/code",
                "/login/code",
                &[("code", &totp_code(secret, 1))],
            )
            .await;
        assert_eq!(answer.header("location"), "/staff/", "{}", answer.body);
        client.email = email.to_owned();
        client.password = password.to_owned();
        client.secret = Some(secret.clone());
        client
    }

    /// The account of an address.
    pub async fn user(&self, email: &str) -> User {
        self.server()
            .state
            .store()
            .credentials(&EmailAddress::parse(email).unwrap())
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no account {email}"))
            .user
    }

    /// A program holding an API token of a new staff member of `role` at `organisation`.
    pub async fn api_client(&self, role: Role, organisation: &str) -> Client<'_> {
        let email = format!("{}-{}@api.strada.invalid", role.code(), unique());
        self.create_user(&email, role.code(), organisation).await;
        let mut client = Client::with_token(self, &self.api_token(&email).await);
        client.email = email;
        client
    }

    /// A program holding an API token of the demo account of `role`.
    pub async fn demo_api_client(&self, role: Role) -> Client<'_> {
        let email = demo_email(role);
        let mut client = Client::with_token(self, &self.api_token(&email).await);
        client.email = email;
        client
    }

    /// An account with a password, made as `strada user create` makes it; answers the
    /// password.
    pub async fn create_user(&self, email: &str, role: &str, organisation: &str) -> String {
        let password = format!("correct-horse-{}", unique());
        let store = self.server().state.store();
        let directory = store.load_directory().await.unwrap();
        let organisation = directory
            .organisation(organisation)
            .unwrap_or_else(|| panic!("{organisation}"));
        let parsed = NewPassword::parse(&password).unwrap();
        store
            .create_user(NewUser {
                email: &EmailAddress::parse(email).unwrap(),
                name: &PersonName::parse("Test Person").unwrap(),
                organisation_id: organisation.id,
                role: Role::parse(role).unwrap(),
                password_hash: Some(store_accounts::hash_password(&parsed)),
                demo: false,
            })
            .await
            .unwrap();
        password
    }

    /// A new API token for an existing account. A token acts only for a user who has the
    /// second factor their role needs, so one is enrolled first when it is missing.
    pub async fn api_token(&self, email: &str) -> String {
        let store = self.server().state.store();
        let user = self.user(email).await;
        if user.must_enrol_second_factor() {
            store
                .begin_second_factor(
                    user.id,
                    &store_accounts::new_totp_secret(),
                    "",
                    SecretStart::First,
                )
                .await
                .unwrap();
            store
                .confirm_second_factor(user.id, "", 0, &[])
                .await
                .unwrap();
        }
        let token = format!("strada_{}", store_accounts::random_token());
        store
            .create_api_token(user.id, "test", &store_accounts::digest(&token))
            .await
            .unwrap();
        token
    }
}

impl Client<'_> {
    /// Enrols the signed-in account in the second factor as a person does: reads the secret
    /// the enrolment page shows and confirms it with its current code. Answers the secret.
    pub async fn enrol_second_factor(&mut self) -> TotpSecret {
        let page = self.get("/staff/enrol").await;
        let secret = enrolment_secret(&page.body);
        let confirmed = self
            .post_form("/staff/enrol", &[("code", &totp_code(&secret, 0))])
            .await;
        assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.body);
        self.secret = Some(secret.clone());
        secret
    }
}

/// The address of the demo account of `role`.
pub fn demo_email(role: Role) -> String {
    format!("{}@demo.strada.invalid", role.code())
}

/// A short text no other fixture of the test has used.
fn unique() -> String {
    uuid::Uuid::now_v7().simple().to_string()[20..].to_owned()
}

/// The TOTP secret shown on the enrolment page.
pub fn enrolment_secret(html: &str) -> TotpSecret {
    let start = html.find("<code>").unwrap() + "<code>".len();
    let text = &html[start..start + html[start..].find("</code>").unwrap()];
    TotpSecret::from_base32(text).unwrap()
}

/// The code an authenticator app shows `offset` steps from now.
pub fn totp_code(secret: &TotpSecret, offset: i64) -> String {
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    secret.code_at_step(now / STEP_SECONDS + offset)
}
