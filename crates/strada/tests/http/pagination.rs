//! Every paginated staff list draws its page links with the one macro: the same translated
//! landmark, position and neighbours' links.

use crate::languages::signed_in;
use crate::{Client, TestApp};
use reqwest::StatusCode;
use strada_store::demo::DEMO_PASSWORD;

#[tokio::test]
async fn every_paginated_staff_list_has_the_same_translated_page_links() {
    let app = TestApp::spawn().await;
    let mut admin = signed_in(&app, "org-admin", "ro").await;
    for list in [
        "/staff/audit",
        "/staff/consultations",
        "/staff/help-requests",
    ] {
        let page = admin.get(list).await;
        assert_eq!(page.status, StatusCode::OK, "{list}");
        assert!(
            page.body.contains(
                "<nav aria-label=\"Pagini\" class=\"pagination\">\n  <span>1 / 1</span>\n</nav>"
            ),
            "{list}: {}",
            page.body
        );
    }
    // Enough sign-ins for a second page of the audit trail (50 a page): the links keep the
    // filter and lead both ways.
    for _ in 0..51 {
        Client::new(&app)
            .sign_in("analyst@demo.strada.invalid", DEMO_PASSWORD)
            .await;
    }
    let first = admin.get("/staff/audit?action=sign_in").await;
    assert!(
        first.body.contains(
            "<a href=\"/staff/audit?page=2&#38;action=sign_in\" rel=\"next\">Pagina următoare</a>"
        ),
        "{}",
        first.body
    );
    let second = admin.get("/staff/audit?action=sign_in&page=2").await;
    assert!(second.body.contains("rel=\"prev\">Pagina anterioară</a>"));
    assert!(second.body.contains("<span>2 / 2</span>"));
}
