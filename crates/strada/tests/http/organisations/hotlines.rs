//! An organisation's hotlines: added, changed and removed, with their numbers parsed.

use crate::TestApp;
use reqwest::StatusCode;
use strada_domain::audit::AuditAction;

use super::*;

#[tokio::test]
async fn hotlines_are_added_changed_and_removed_with_their_numbers_parsed() {
    let app = TestApp::spawn().await;
    let id = organisation_id(&app, "la-strada-moldova");
    let path = format!("/staff/organisations/{id}");
    let mut admin = app.signed_in(ORG_ADMIN, PASSWORD).await;
    let add = format!("{path}/hotlines");
    let v = version(&admin.get(&path).await.body);
    let hotline = |version: &str, number: &str, verified: &str| {
        vec![
            ("version".to_owned(), version.to_owned()),
            ("number".to_owned(), number.to_owned()),
            ("purpose".to_owned(), "sos_line".to_owned()),
            ("hours".to_owned(), "always".to_owned()),
            ("free_of_charge".to_owned(), "on".to_owned()),
            ("languages".to_owned(), "ro".to_owned()),
            ("last_verified".to_owned(), verified.to_owned()),
        ]
    };
    let bad = submit_owned(
        &mut admin,
        &path,
        &add,
        hotline(&v, "call us", "2999-01-01"),
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains(
            "<p class=\"field-error\" id=\"hotline-new-number-error\">Enter a phone number"
        )
    );
    assert!(bad.body.contains(
        "id=\"hotline-new-verified-error\">The last verification cannot be later than today."
    ));
    let added = submit_owned(
        &mut admin,
        &path,
        &add,
        hotline(&v, "+373 22 99 99 99", "2026-11-30"),
    )
    .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    assert!(
        app.get("/en/help/MD")
            .await
            .body
            .contains("+373 22 99 99 99")
    );
    let store_hotline = app
        .server()
        .state
        .directory()
        .hotlines()
        .iter()
        .find(|h| h.number.as_str() == "+373 22 99 99 99")
        .unwrap()
        .clone();
    assert_eq!(store_hotline.last_verified.to_string(), "2026-11-30");
    let one = format!("{path}/hotlines/{}", store_hotline.id);
    // A hotline form made before that change is stale: nothing is added.
    let stale = submit_owned(
        &mut admin,
        &path,
        &add,
        hotline(&v, "+373 22 77 77 77", "2026-11-30"),
    )
    .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.body.contains("Someone else saved a change"));
    assert!(
        stale.body.contains("value=\"+373 22 77 77 77\""),
        "what was typed is kept"
    );
    assert!(
        !app.get("/en/help/MD")
            .await
            .body
            .contains("+373 22 77 77 77")
    );
    let v = version(&admin.get(&path).await.body);
    let taken = submit_owned(
        &mut admin,
        &path,
        &add,
        hotline(&v, "+373 22 99 99 99", "2026-11-30"),
    )
    .await;
    assert_eq!(taken.status, StatusCode::CONFLICT);
    assert!(
        taken
            .body
            .contains("This organisation lists this number already.")
    );
    let changed = submit_owned(
        &mut admin,
        &path,
        &one,
        hotline(&v, "+373 22 88 88 88", "2026-12-01"),
    )
    .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    let help = app.get("/en/help/MD").await.body;
    assert!(help.contains("+373 22 88 88 88") && !help.contains("+373 22 99 99 99"));
    let v = version(&admin.get(&path).await.body);
    let removed = admin
        .submit(&path, &format!("{one}/remove"), &[("version", &v)])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert!(
        !app.get("/en/help/MD")
            .await
            .body
            .contains("+373 22 88 88 88")
    );
    assert_eq!(audited(&app, AuditAction::HotlineAdded).await.len(), 1);
    assert_eq!(audited(&app, AuditAction::HotlineUpdated).await.len(), 1);
    assert_eq!(audited(&app, AuditAction::HotlineRemoved).await.len(), 1);
}
