//! Administering staff: organisation administrators over their own staff only, network
//! administrators over every organisation's.

use crate::{Client, TestApp, enrolment_secret, totp_code};
use reqwest::StatusCode;

use super::*;

#[tokio::test]
async fn org_admins_invite_change_roles_and_disable_their_own_staff_only() {
    let app = TestApp::spawn().await;
    let mut admin = Client::new(&app);
    enrolled(&mut admin, "boss@lastrada.md", "org-admin").await;
    app.create_user("ana@lastrada.md", "case-worker", "la-strada-moldova")
        .await;
    app.create_user("olga@la-strada.org.ua", "case-worker", "la-strada-ukraine")
        .await;
    let users = admin.get("/staff/users").await;
    assert_eq!(users.status, StatusCode::OK);
    assert!(users.body.contains("ana@lastrada.md"));
    assert!(
        !users.body.contains("olga@la-strada.org.ua"),
        "another organisation's staff are not listed"
    );
    assert!(
        !users.html().has("[value=\"network-admin\"]"),
        "an org-admin cannot make network admins"
    );

    let moldova = app
        .server()
        .state
        .directory()
        .organisation("la-strada-moldova")
        .unwrap()
        .id
        .to_string();
    let invited = admin
        .submit(
            "/staff/users",
            "/staff/users",
            &[
                ("email", "new@lastrada.md"),
                ("name", "New Colleague"),
                ("role", "hotline-consultant"),
                ("organisation", &moldova),
            ],
        )
        .await;
    assert_eq!(invited.status, StatusCode::CREATED, "{}", invited.body);
    let link = invitations::invitation_link(&app, &invited.body);
    let bad = admin
        .submit(
            "/staff/users",
            "/staff/users",
            &[
                ("email", "not-an-email"),
                ("name", "X"),
                ("role", "hotline-consultant"),
                ("organisation", &moldova),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("value=\"not-an-email\""),
        "the form keeps what was typed"
    );
    let ukraine = app
        .server()
        .state
        .directory()
        .organisation("la-strada-ukraine")
        .unwrap()
        .id
        .to_string();
    let elsewhere = admin
        .submit(
            "/staff/users",
            "/staff/users",
            &[
                ("email", "spy@example.org"),
                ("name", "Spy"),
                ("role", "case-worker"),
                ("organisation", &ukraine),
            ],
        )
        .await;
    assert_eq!(
        elsewhere.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "not into another organisation"
    );

    // The invited person sets a password once.
    let mut newcomer = Client::new(&app);
    let page = newcomer.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("new@lastrada.md"));
    let weak = invitations::accept_invitation(&mut newcomer, &link, "short").await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    let accepted =
        invitations::accept_invitation(&mut newcomer, &link, "willow-compass-amber").await;
    assert_eq!(accepted.header("location"), "/login?password-set");
    assert_eq!(
        newcomer.get(&link).await.status,
        StatusCode::NOT_FOUND,
        "an invitation works once"
    );
    assert_eq!(
        newcomer
            .sign_in_leads_to("new@lastrada.md", "willow-compass-amber")
            .await,
        "/staff/enrol"
    );

    // Role changes and disabling, inside the organisation only.
    let store = app.server().state.store();
    let ana = app.user("ana@lastrada.md").await;
    let olga = app.user("olga@la-strada.org.ua").await;
    let changed = admin.change_role(ana.id, "analyst").await;
    assert_eq!(changed.header("location"), "/staff/users");
    assert_eq!(
        store.user(ana.id).await.unwrap().unwrap().role.code(),
        "analyst"
    );
    let promoted = admin.change_role(ana.id, "network-admin").await;
    assert_eq!(promoted.status, StatusCode::UNPROCESSABLE_ENTITY);
    for path in [
        format!("/staff/users/{}/role", olga.id),
        format!("/staff/users/{}/disable", olga.id),
    ] {
        let answer = admin
            .submit("/staff/users", &path, &[("role", "analyst")])
            .await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert!(!store.user(olga.id).await.unwrap().unwrap().disabled);
    let disabled = admin
        .submit(
            "/staff/users",
            &format!("/staff/users/{}/disable", ana.id),
            &[],
        )
        .await;
    assert_eq!(disabled.header("location"), "/staff/users");
    assert!(store.user(ana.id).await.unwrap().unwrap().disabled);
    let enabled = admin
        .submit(
            "/staff/users",
            &format!("/staff/users/{}/enable", ana.id),
            &[],
        )
        .await;
    assert_eq!(enabled.header("location"), "/staff/users");
    assert!(!store.user(ana.id).await.unwrap().unwrap().disabled);
}

#[tokio::test]
async fn network_admins_manage_every_organisations_users_and_the_organisations() {
    let app = TestApp::spawn().await;
    let mut admin = Client::new(&app);
    let password = app
        .create_user(
            "sec@lastradainternational.org",
            "network-admin",
            "la-strada-international-secretariat",
        )
        .await;
    admin
        .sign_in("sec@lastradainternational.org", &password)
        .await;
    let page = admin.get("/staff/enrol").await;
    let secret = enrolment_secret(&page.body);
    admin
        .post_from(&page, "/staff/enrol", &[("code", &totp_code(&secret, 0))])
        .await;
    app.create_user("olga@la-strada.org.ua", "case-worker", "la-strada-ukraine")
        .await;
    let users = admin.get("/staff/users").await;
    assert!(users.body.contains("olga@la-strada.org.ua"));
    assert!(users.html().has("option[value=\"network-admin\"]"));

    let created = admin
        .submit(
            "/staff/organisations",
            "/staff/organisations",
            &[
                ("name", "La Strada Georgia"),
                ("country", "ge"),
                ("city", "Tbilisi"),
                ("membership", "associate"),
                ("website", ""),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let members = app.get("/en/members").await.body;
    assert!(
        members.contains("La Strada Georgia"),
        "the public directory shows it at once"
    );
    let duplicate = admin
        .submit(
            "/staff/organisations",
            "/staff/organisations",
            &[
                ("name", "La Strada Georgia"),
                ("country", "GE"),
                ("membership", "associate"),
            ],
        )
        .await;
    assert_eq!(duplicate.status, StatusCode::CONFLICT);
    let invalid = admin
        .submit(
            "/staff/organisations",
            "/staff/organisations",
            &[
                ("name", "Somewhere"),
                ("country", "XX"),
                ("membership", "associate"),
            ],
        )
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(invalid.body.contains("value=\"Somewhere\""));
}
