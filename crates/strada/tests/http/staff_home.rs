//! The staff home and the staff 404: each role's home offers exactly the screens that the
//! access policy opens to it, and any unknown staff address answers a staff page.

use reqwest::StatusCode;

use crate::TestApp;
use strada_domain::accounts::Role;

/// Every screen a home may offer.
const SCREENS: &[&str] = &[
    "/staff/account",
    "/staff/users",
    "/staff/organisations",
    "/staff/consultations",
    "/staff/consultations/dashboard",
    "/staff/countries",
    "/staff/audit",
];

#[tokio::test]
async fn each_roles_home_offers_only_what_that_role_can_open() {
    let app = TestApp::spawn().await;
    for &role in Role::ALL {
        let mut browser = app.demo_staff(role).await;
        let home = browser.get("/staff/").await;
        assert_eq!(home.status, StatusCode::OK, "{role:?}");
        let page = home.html();
        assert!(page.has(".cards"), "the tasks");
        let cards = page.attributes(".cards a[href]", "href");
        for screen in SCREENS {
            let offered = cards.iter().any(|href| href == screen);
            let status = browser.get(screen).await.status;
            assert_eq!(
                offered,
                status == StatusCode::OK,
                "{role:?}: {screen} offered {offered}, answers {status}"
            );
            assert!(
                status == StatusCode::OK || status == StatusCode::NOT_FOUND,
                "{role:?}: {screen} answers {status}"
            );
        }
    }
}

#[tokio::test]
async fn an_unknown_staff_address_answers_a_translated_staff_page() {
    let app = TestApp::spawn().await;
    app.execute_sql(
        "UPDATE users SET language = 'uk' WHERE email = 'case-worker@demo.strada.invalid'",
    )
    .await;
    let mut browser = app.demo_staff(Role::CaseWorker).await;
    for address in [
        "/staff/no-such-screen",
        "/staff/consultations/dashboard",
        "/staff/organisations",
    ] {
        let answer = browser.get(address).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{address}");
        assert!(
            answer.body.contains("action=\"/logout\""),
            "{address}: the staff chrome"
        );
        assert!(answer.body.contains("<html lang=\"uk\">"), "{address}");
        assert!(
            answer
                .body
                .contains("За цією адресою немає сторінки для працівників"),
            "{address}: translated"
        );
    }
    let visitor = app.get("/staff/no-such-screen").await;
    assert_ne!(
        visitor.status,
        StatusCode::OK,
        "nobody signed in sees no staff page"
    );
    assert!(!visitor.html().has("[action=\"/logout\"]"));
}
