//! An organisation's profile: edited by its administrators, shown on the public pages,
//! another's refused but the secretariat's allowed, and one save of concurrent edits.

use crate::TestApp;
use reqwest::StatusCode;
use strada_domain::audit::AuditAction;

use super::*;

#[tokio::test]
async fn an_org_admin_edits_their_own_profile_and_the_public_pages_show_it() {
    let app = TestApp::spawn().await;
    let id = organisation_id(&app, "la-strada-moldova");
    let mut admin = app.signed_in(ORG_ADMIN, PASSWORD).await;
    let list = admin.get("/staff/organisations").await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(
        list.body.matches("href=\"/staff/organisations/").count(),
        1,
        "only their own entry"
    );
    assert!(
        !list.html().has("[action=\"/staff/organisations\"]"),
        "no create form"
    );
    let path = format!("/staff/organisations/{id}");
    let page = admin.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    let version = version(&page.body);
    let saved = admin
        .submit(&path, &path, &profile(&version, "Bălți"))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let after = admin.get(saved.header("location")).await;
    assert!(
        after
            .body
            .contains("id=\"form-notice\">The change was saved")
    );
    let public = app.get("/en/members/la-strada-moldova").await;
    assert!(
        public.body.contains("Bălți"),
        "the public page shows it at once"
    );
    assert!(public.body.contains("Legal advice and representation"));
    assert!(!public.body.contains("Medical care"), "services replaced");
    assert_eq!(
        audited(&app, AuditAction::OrganisationUpdated).await,
        vec!["la-strada-moldova".to_owned()]
    );

    let invalid = admin
        .submit(
            &path,
            &path,
            &[
                ("version", "2"),
                ("name", "X"),
                ("website", "http://insecure.example"),
                ("time_zone", "Mars/Olympus"),
                ("services", "teleportation"),
            ],
        )
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    for (field, message) in [
        ("profile-name", "Enter a name of 2 to 150 characters"),
        (
            "profile-website",
            "Enter an address that starts with https://.",
        ),
        ("profile-time-zone", "Choose one of the list."),
        ("profile-services", "Choose one of the list."),
    ] {
        let page = invalid.html();
        let shown = page.texts(&format!("p.field-error#{field}-error"));
        assert!(
            shown.len() == 1 && shown[0].starts_with(message),
            "{field}: {shown:?}"
        );
        assert!(page.described_by(field).contains(&format!("{field}-error")));
    }
    assert!(
        invalid.body.contains("value=\"http://insecure.example\""),
        "kept"
    );
    assert!(
        app.get("/en/members/la-strada-moldova")
            .await
            .body
            .contains("Bălți")
    );
}

#[tokio::test]
async fn another_organisations_entry_answers_404_but_the_secretariat_edits_any() {
    let app = TestApp::spawn().await;
    let other = organisation_id(&app, "la-strada-ukraine");
    let path = format!("/staff/organisations/{other}");
    let mut admin = app.signed_in(ORG_ADMIN, PASSWORD).await;
    for address in [
        path.clone(),
        "/staff/organisations/not-an-id".to_owned(),
        format!("/staff/organisations/{}", uuid::Uuid::now_v7()),
    ] {
        let answer = admin.get(&address).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{address}");
        assert!(
            answer.body.contains("action=\"/logout\""),
            "in the staff chrome"
        );
    }
    let own_page = admin
        .get(&format!(
            "/staff/organisations/{}",
            organisation_id(&app, "la-strada-moldova")
        ))
        .await;
    let token = crate::csrf_token(&own_page.body);
    let refused = admin
        .post(
            &path,
            &[
                ("csrf_token", token.as_str()),
                ("version", "1"),
                ("name", "Taken over"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert!(!app.get("/en/members").await.body.contains("Taken over"));

    let mut secretariat = app.signed_in(NETWORK_ADMIN, PASSWORD).await;
    let page = secretariat.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.html().has("form [name=\"membership\"]"),
        "the secretariat sets memberships"
    );
    let version = version(&page.body);
    let saved = secretariat
        .submit(
            &path,
            &path,
            &[
                ("version", &version),
                ("name", "La Strada Ukraine"),
                ("city", "Kyiv"),
                ("membership", "associate"),
                ("time_zone", "Europe/Kyiv"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let api = app
        .get("/api/v1/organisations/la-strada-ukraine")
        .await
        .json();
    assert_eq!(api["membership"], "associate");
}

#[tokio::test]
async fn a_stale_form_answers_409_and_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let id = organisation_id(&app, "la-strada-moldova");
    let path = format!("/staff/organisations/{id}");
    let mut first = app.signed_in(ORG_ADMIN, PASSWORD).await;
    let mut second = app.signed_in(NETWORK_ADMIN, PASSWORD).await;
    let opened = version(&second.get(&path).await.body);
    let saved = first.submit(&path, &path, &profile(&opened, "Orhei")).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let stale = second
        .submit(&path, &path, &profile(&opened, "Cahul"))
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.body.contains("Someone else saved a change"));
    assert!(
        stale.body.contains("value=\"Cahul\""),
        "what was typed is kept"
    );
    assert_ne!(
        version(&stale.body),
        opened,
        "the form now carries the new version"
    );
    let public = app.get("/en/members/la-strada-moldova").await.body;
    assert!(
        public.contains("Orhei") && !public.contains("Cahul"),
        "no silent overwrite"
    );
}

#[tokio::test]
async fn of_concurrent_edits_on_one_version_exactly_one_is_saved() {
    let app = TestApp::spawn().await;
    let id = organisation_id(&app, "la-strada-moldova");
    let path = format!("/staff/organisations/{id}");
    let mut admin = app.signed_in(ORG_ADMIN, PASSWORD).await;
    let page = admin.get(&path).await.body;
    let token = crate::csrf_token(&page);
    let opened = version(&page);
    let cities: Vec<String> = (0..8).map(|n| format!("City {n}")).collect();
    let forms: Vec<_> = cities
        .iter()
        .map(|city| {
            let mut fields = profile(&opened, city);
            fields.push(("csrf_token", &token));
            fields
        })
        .collect();
    let answers = admin.post_forms_at_once(&path, &forms).await;
    let saved = answers
        .iter()
        .filter(|s| **s == StatusCode::SEE_OTHER)
        .count();
    let stale = answers
        .iter()
        .filter(|s| **s == StatusCode::CONFLICT)
        .count();
    assert_eq!((saved, stale), (1, 7), "{answers:?}");
    assert_eq!(
        audited(&app, AuditAction::OrganisationUpdated).await.len(),
        1
    );
}
