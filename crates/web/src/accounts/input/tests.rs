use strada_domain::language::UiLanguage;

use super::*;

fn tr() -> Translator {
    Translator::new(UiLanguage::En)
}

fn form<T: serde::de::DeserializeOwned>(body: &str) -> T {
    serde_html_form::from_str(body).expect("a form reads")
}

#[test]
fn a_sign_in_counts_the_address_as_typed_and_names_an_account_only_when_one_can_have_it() {
    let signed: SignIn = form::<SignInForm>("email=+Ana%40Example.ORG+&password=x").parse();
    assert_eq!(signed.typed, "ana@example.org");
    assert!(signed.email.is_some());
    assert_eq!(signed.password, "x");
    let unknown = form::<SignInForm>("email=not+an+address").parse();
    assert_eq!(unknown.typed, "not an address");
    assert!(unknown.email.is_none());
    let long = form::<SignInForm>(&format!("email={}", "a".repeat(400))).parse();
    assert_eq!(long.typed.chars().count(), 254);
}

#[test]
fn a_code_with_hyphens_is_a_recovery_code() {
    assert_eq!(
        form::<CodeForm>("code=+abcd-efgh+").parse(),
        SecondFactorCode::Recovery("abcd-efgh".into())
    );
    assert_eq!(
        form::<CodeForm>("code=123456").parse(),
        SecondFactorCode::Totp("123456".into())
    );
}

#[test]
fn a_weak_new_password_is_said_beside_its_field() {
    let change = form::<PasswordChangeForm>("current_password=old&new_password=short").parse(tr());
    assert_eq!(change.current_password, "old");
    let errors = change.new_password.expect_err("too short");
    assert!(errors.get("new-password").is_some());
    let accepted = form::<AcceptanceForm>("token=t&new_password=short").parse(tr());
    assert!(accepted.expect_err("too short").get("password").is_some());
}

#[test]
fn a_language_and_a_token_name_are_checked_beside_their_fields() {
    assert!(form::<LanguageForm>("language=ro").parse(tr()).is_ok());
    let wrong = form::<LanguageForm>("language=xx").parse(tr());
    assert!(wrong.expect_err("unknown").get("language").is_some());
    assert_eq!(
        form::<NewTokenForm>("name=+laptop+")
            .parse(tr())
            .ok()
            .as_deref(),
        Some("laptop")
    );
    for name in ["", "+++", &"n".repeat(101)] {
        let refused = form::<NewTokenForm>(&format!("name={name}")).parse(tr());
        assert!(refused.expect_err(name).get("token-name").is_some());
    }
    assert!(form::<RevokeTokenForm>("token=nope").parse().is_none());
}

#[test]
fn an_unknown_role_is_refused_beside_its_row() {
    let user = UserId::new_random();
    let refused = form::<RoleForm>("role=emperor").parse(tr(), user);
    assert!(
        refused
            .expect_err("no such role")
            .get(&format!("role-{user}"))
            .is_some()
    );
}
