//! The access policy, walked: every staff route and API endpoint with every role, for its own
//! organisation and another, and anonymously.

use reqwest::StatusCode;

use crate::{Client, TestApp};
use strada_domain::accounts::Role;

/// What a GET answers for each role (demo accounts at La Strada Moldova, the network-admin at
/// the secretariat): the pages of administration exist only for those allowed.
fn expected(path: &str, role: &str) -> StatusCode {
    match (path, role) {
        ("/staff/users" | "/staff/audit", "network-admin" | "org-admin") => StatusCode::OK,
        ("/staff/users" | "/staff/audit", _) => StatusCode::NOT_FOUND,
        // Org-admins keep their own directory entry; the secretariat any.
        ("/staff/organisations", "network-admin" | "org-admin") => StatusCode::OK,
        ("/staff/organisations", _) => StatusCode::NOT_FOUND,
        _ => StatusCode::OK,
    }
}

#[tokio::test]
async fn every_staff_page_answers_each_role_as_the_policy_says() {
    let app = TestApp::spawn().await;
    let pages = [
        "/staff/",
        "/staff/account",
        "/staff/users",
        "/staff/organisations",
        "/staff/audit",
    ];
    for path in pages.iter().chain(["/staff/enrol"].iter()) {
        let answer = Client::new(&app).get(path).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "anonymous {path}");
        assert_eq!(answer.header("location"), "/login", "anonymous {path}");
    }
    for role in Role::ALL.iter().map(|role| role.code()) {
        let mut browser = app.demo_staff(Role::parse(role).unwrap()).await;
        let home = browser.get("/staff/").await.html().links();
        for path in pages {
            let answer = browser.get(path).await;
            assert_eq!(answer.status, expected(path, role), "{role} {path}");
            if path != "/staff/" {
                assert_eq!(
                    home.iter().any(|link| link == path),
                    answer.status == StatusCode::OK,
                    "{role}'s home shows {path} only if allowed"
                );
            }
        }
    }
}

#[tokio::test]
async fn every_state_changing_staff_route_refuses_anonymous_and_other_organisations() {
    let app = TestApp::spawn().await;
    app.create_user("olga@la-strada.org.ua", "case-worker", "la-strada-ukraine")
        .await;
    let store = app.server().state.store();
    let olga = app.user("olga@la-strada.org.ua").await;
    let other_user_routes = [
        format!("/staff/users/{}/role", olga.id),
        format!("/staff/users/{}/disable", olga.id),
        format!("/staff/users/{}/enable", olga.id),
    ];
    let own_routes = [
        "/staff/account/password",
        "/staff/account/language",
        "/staff/account/sessions/end",
        "/staff/account/second-factor/reset",
        "/staff/account/tokens",
        "/staff/account/tokens/revoke",
        "/staff/users",
        "/staff/organisations",
        "/logout",
    ];
    // Anonymous: no session, no CSRF token: refused, nothing changes.
    for path in own_routes
        .iter()
        .map(|p| p.to_string())
        .chain(other_user_routes.iter().cloned())
    {
        let answer = Client::new(&app).post(&path, &[("role", "analyst")]).await;
        assert_eq!(
            answer.status,
            StatusCode::FORBIDDEN,
            "anonymous POST {path}"
        );
    }
    for role in Role::ALL.iter().map(|role| role.code()) {
        let mut browser = app.demo_staff(Role::parse(role).unwrap()).await;
        for path in &other_user_routes {
            let answer = browser
                .submit("/staff/", path, &[("role", "analyst")])
                .await;
            let expected = if role == "network-admin" {
                StatusCode::SEE_OTHER
            } else {
                StatusCode::NOT_FOUND
            };
            assert_eq!(answer.status, expected, "{role} POST {path}");
        }
        // Without the administration rights, the pages' forms are refused as absent.
        for path in ["/staff/users", "/staff/organisations"] {
            let answer = browser
                .submit(
                    "/staff/",
                    path,
                    &[
                        ("name", "X"),
                        ("email", "x@example.org"),
                        ("role", "editor"),
                        ("country", "MD"),
                        ("membership", "member"),
                    ],
                )
                .await;
            let allowed = matches!(
                (path, role),
                ("/staff/users", "network-admin" | "org-admin")
                    | ("/staff/organisations", "network-admin")
            );
            assert_eq!(
                answer.status == StatusCode::NOT_FOUND,
                !allowed,
                "{role} POST {path}: {}",
                answer.status
            );
        }
    }
    let olga = store.user(olga.id).await.unwrap().unwrap();
    assert_eq!(
        olga.role.code(),
        "analyst",
        "only the network admin could change her"
    );
}

#[tokio::test]
async fn the_api_endpoints_answer_every_role_by_token_and_nobody_without_one() {
    let app = TestApp::spawn().await;
    for role in Role::ALL.iter().map(|role| role.code()) {
        let token = app.strada_succeeds(
            &[
                "token",
                "create",
                "--email",
                &format!("{role}@demo.strada.invalid"),
                "--name",
                "walk",
            ],
            "",
        );
        let me = app.get_with_token("/api/v1/me", &token).await;
        assert_eq!(me.status, StatusCode::OK, "{role}");
        assert_eq!(me.json()["role"], role);
    }
    assert_eq!(app.get("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
    // The public directory API needs no token.
    assert_eq!(
        app.get("/api/v1/organisations").await.status,
        StatusCode::OK
    );
}
