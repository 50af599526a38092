//! The access policy's rules, each role against each action and standing.

use uuid::Uuid;

use super::*;

fn organisation(n: u128) -> OrganisationId {
    OrganisationId::from_uuid(Uuid::from_u128(n))
}

#[test]
fn analysts_see_aggregates_only_and_nobody_another_organisations_consultations() {
    let own = Resource::Organisation(organisation(10));
    let other = Resource::Organisation(organisation(11));
    let analyst = actor(Role::Analyst);
    assert!(permits(&analyst, Action::AnalyseConsultations, own));
    for single in [Action::RecordConsultations, Action::ExportConsultations] {
        assert!(!permits(&analyst, single, own));
    }
    let admin = actor(Role::OrgAdmin);
    for action in [
        Action::RecordConsultations,
        Action::ExportConsultations,
        Action::AnalyseConsultations,
        Action::AnswerHelpRequests,
    ] {
        assert!(permits(&admin, action, own));
        assert!(!permits(&admin, action, other));
        assert!(!permits(&actor(Role::NetworkAdmin), action, other));
    }
    for role in [Role::HotlineConsultant, Role::CaseWorker] {
        assert!(permits(&actor(role), Action::RecordConsultations, own));
        assert!(!permits(&actor(role), Action::ExportConsultations, own));
    }
    assert!(!permits(
        &actor(Role::Editor),
        Action::AnalyseConsultations,
        own
    ));
}

fn actor(role: Role) -> Actor {
    Actor {
        user_id: UserId::from_uuid(Uuid::from_u128(1)),
        organisation_id: organisation(10),
        role,
    }
}

#[test]
fn case_files_are_seen_by_their_workers_and_their_organisations_administrators_only() {
    let own = actor(Role::CaseWorker);
    assert_eq!(
        case_scope(&own),
        Some(CaseScope::AssignedTo {
            organisation: organisation(10),
            worker: own.user_id,
        })
    );
    assert_eq!(
        case_scope(&actor(Role::OrgAdmin)),
        Some(CaseScope::Organisation(organisation(10)))
    );
    for role in [
        Role::NetworkAdmin,
        Role::HotlineConsultant,
        Role::Editor,
        Role::Analyst,
    ] {
        assert_eq!(case_scope(&actor(role)), None, "{role:?}");
    }
    let other = Resource::Organisation(organisation(11));
    for action in [
        Action::WorkOnCases,
        Action::OverseeCases,
        Action::BreakTheGlass,
    ] {
        for role in Role::ALL {
            assert!(!permits(&actor(*role), action, other), "{role:?}");
        }
    }
    assert!(own.may(Action::BreakTheGlass));
    assert!(!actor(Role::OrgAdmin).may(Action::BreakTheGlass));
}

#[test]
fn a_record_between_two_organisations_is_the_owners_and_nobody_elses() {
    let between = Resource::Between {
        owner: organisation(10),
        receiver: organisation(12),
    };
    assert!(permits(
        &actor(Role::CaseWorker),
        Action::ReadConsultations,
        between
    ));
    let receiving = Actor {
        organisation_id: organisation(12),
        ..actor(Role::CaseWorker)
    };
    let stranger = Actor {
        organisation_id: organisation(13),
        ..actor(Role::OrgAdmin)
    };
    assert_eq!(Standing::of(&receiving, between), Standing::Receiver);
    assert_eq!(Standing::of(&stranger, between), Standing::Stranger);
    assert!(!permits(&receiving, Action::ReadConsultations, between));
    assert!(!permits(&stranger, Action::CorrectConsultations, between));
}

#[test]
fn org_admins_manage_their_own_organisation_only() {
    let admin = actor(Role::OrgAdmin);
    assert!(permits(
        &admin,
        Action::ManageUsers,
        Resource::Organisation(organisation(10))
    ));
    assert!(!permits(
        &admin,
        Action::ManageUsers,
        Resource::Organisation(organisation(11))
    ));
    assert_eq!(
        scope(&admin, Action::ViewAudit),
        Some(OrganisationScope::Organisation(organisation(10)))
    );
    assert!(!may_assign(&admin, Role::NetworkAdmin));
    assert!(may_assign(&admin, Role::CaseWorker));
}

#[test]
fn org_admins_keep_their_own_directory_entry_and_the_secretariat_any() {
    let mine = Resource::Organisation(organisation(10));
    let theirs = Resource::Organisation(organisation(11));
    assert!(permits(
        &actor(Role::OrgAdmin),
        Action::EditDirectoryEntry,
        mine
    ));
    assert!(!permits(
        &actor(Role::OrgAdmin),
        Action::EditDirectoryEntry,
        theirs
    ));
    assert!(permits(
        &actor(Role::NetworkAdmin),
        Action::EditDirectoryEntry,
        theirs
    ));
    for role in [
        Role::CaseWorker,
        Role::HotlineConsultant,
        Role::Editor,
        Role::Analyst,
    ] {
        assert!(
            !permits(&actor(role), Action::EditDirectoryEntry, mine),
            "{role}"
        );
    }
}

#[test]
fn network_admins_see_the_network_and_others_see_no_administration() {
    assert_eq!(
        scope(&actor(Role::NetworkAdmin), Action::ViewUsers),
        Some(OrganisationScope::Network)
    );
    for role in [
        Role::CaseWorker,
        Role::HotlineConsultant,
        Role::Editor,
        Role::Analyst,
    ] {
        let someone = actor(role);
        assert_eq!(scope(&someone, Action::ViewUsers), None, "{role}");
        assert!(!permits(
            &someone,
            Action::ManageOrganisations,
            Resource::Network
        ));
        assert!(!may_assign(&someone, Role::Editor));
    }
}
