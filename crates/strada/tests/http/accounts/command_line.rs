//! Accounts from the command line: creating, listing and disabling, with clear errors.

use crate::{Client, TestApp};

#[tokio::test]
async fn the_command_line_creates_lists_and_disables_accounts_with_clear_errors() {
    let app = TestApp::spawn().await;
    let create = |email: &str, org: &str, role: &str, password: &str| {
        app.strada(
            &[
                "user",
                "create",
                "--email",
                email,
                "--name",
                "Maria Popescu",
                "--org",
                org,
                "--role",
                role,
            ],
            &format!("{password}\n"),
        )
    };
    let output = create(
        "maria@lastrada.md",
        "la-strada-moldova",
        "org-admin",
        "lantern-orchard-river-9",
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let refusals = [
        (
            create(
                "x@lastrada.md",
                "no-such-org",
                "org-admin",
                "lantern-orchard-river-9",
            ),
            "no organisation",
        ),
        (
            create(
                "x@lastrada.md",
                "la-strada-moldova",
                "boss",
                "lantern-orchard-river-9",
            ),
            "not a role",
        ),
        (
            create("x@lastrada.md", "la-strada-moldova", "editor", "short"),
            "at least 12",
        ),
        (
            create(
                "x@lastrada.md",
                "la-strada-moldova",
                "editor",
                "qwertyuiop123",
            ),
            "common",
        ),
        (
            create(
                "maria@lastrada.md",
                "la-strada-moldova",
                "editor",
                "lantern-orchard-river-9",
            ),
            "exists already",
        ),
    ];
    for (output, expected) in refusals {
        assert!(!output.status.success());
        let message = String::from_utf8_lossy(&output.stderr);
        assert!(message.contains(expected), "{expected}: {message}");
    }
    let list = String::from_utf8(app.strada(&["user", "list"], "").stdout).unwrap();
    assert!(
        list.contains("maria@lastrada.md") && list.contains("org-admin") && list.contains("active")
    );
    assert!(!list.contains("x@lastrada.md"));
    let mut browser = Client::new(&app);
    assert_eq!(
        browser
            .sign_in_leads_to("maria@lastrada.md", "lantern-orchard-river-9")
            .await,
        "/staff/enrol"
    );
}
