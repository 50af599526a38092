//! The access policy: one pure function of (actor, action, resource) that every handler asks,
//! and the organisation scope every listing query is filtered by in SQL. Nothing else in
//! Strada decides who may do what.
//!
//! A record of another organisation is not "forbidden" but absent: handlers answer 404 when
//! this policy says no about a record, so nobody learns what another organisation holds.

use crate::accounts::Role;
use crate::ids::{OrganisationId, UserId};

/// Who is acting: a signed-in user, or an API token acting as its user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    pub user_id: UserId,
    pub organisation_id: OrganisationId,
    pub role: Role,
}

impl Actor {
    /// Whether the actor may do `action` on its own organisation's records.
    pub fn may(&self, action: Action) -> bool {
        permits(self, action, Resource::Organisation(self.organisation_id))
    }
}

/// What an actor wants to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// See the staff accounts of an organisation.
    ViewUsers,
    /// Invite, disable or change the role of an organisation's staff.
    ManageUsers,
    /// Create organisations and change their membership.
    ManageOrganisations,
    /// Read the audit trail of an organisation.
    ViewAudit,
    /// Write the network's public content (country information, pages).
    EditContent,
    /// Log consultations, and change one's own within the author's window.
    RecordConsultations,
    /// Read an organisation's consultations one by one, notes included.
    ReadConsultations,
    /// Change any of an organisation's consultations, after its author's window too.
    CorrectConsultations,
    /// Export an organisation's consultations, one row each (never their notes).
    ExportConsultations,
    /// See an organisation's consultations in aggregate only: counts, charts, their tables.
    AnalyseConsultations,
    /// Read and answer anonymous help requests sent to an organisation.
    AnswerHelpRequests,
    /// Keep an organisation's directory entry true: its profile, services and hotlines.
    EditDirectoryEntry,
    /// Open case files, and work on those one leads or is assigned to.
    WorkOnCases,
    /// See and change every case file of an organisation, and approve what needs approval.
    OverseeCases,
    /// Open a case file one is not assigned to, with a written reason that its lead worker
    /// sees ("break the glass": a night emergency).
    BreakTheGlass,
}

/// What the action is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    /// Nothing in particular (the staff area, the list of organisations).
    Network,
    /// Something belonging to one organisation.
    Organisation(OrganisationId),
    /// Something one organisation owns and another receives (a referral across a border):
    /// each may do what the policy lets the owner, or the receiver, do.
    Between {
        owner: OrganisationId,
        receiver: OrganisationId,
    },
}

/// How the actor stands to a resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Standing {
    /// The resource is the network's, not one organisation's.
    Network,
    /// The actor's organisation owns it.
    Owner,
    /// The actor's organisation receives it from its owner.
    Receiver,
    /// Another organisation's.
    Stranger,
}

impl Standing {
    fn of(actor: &Actor, resource: Resource) -> Self {
        match resource {
            Resource::Network => Self::Network,
            Resource::Organisation(id) if id == actor.organisation_id => Self::Owner,
            Resource::Between { owner, .. } if owner == actor.organisation_id => Self::Owner,
            Resource::Between { receiver, .. } if receiver == actor.organisation_id => {
                Self::Receiver
            }
            Resource::Organisation(_) | Resource::Between { .. } => Self::Stranger,
        }
    }
}

/// Which organisations' records a listing may return.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrganisationScope {
    Network,
    Organisation(OrganisationId),
}

impl OrganisationScope {
    /// The organisation to filter by in SQL, or none for the whole network.
    pub fn organisation(self) -> Option<OrganisationId> {
        match self {
            Self::Network => None,
            Self::Organisation(id) => Some(id),
        }
    }
}

/// Whether `actor` may do `action` on `resource`.
pub fn permits(actor: &Actor, action: Action, resource: Resource) -> bool {
    // What only the owner of a record may do asks `own`: asked about the whole network, it is
    // no organisation's own (the network's administrators are named where they may).
    let own = Standing::of(actor, resource) == Standing::Owner;
    match action {
        Action::ViewUsers | Action::ManageUsers | Action::ViewAudit => match actor.role {
            Role::NetworkAdmin => true,
            Role::OrgAdmin => own,
            _ => false,
        },
        Action::ManageOrganisations => actor.role == Role::NetworkAdmin,
        Action::EditContent => matches!(actor.role, Role::Editor | Role::NetworkAdmin),
        // Analysts and editors never see a single consultation, and nobody sees another
        // organisation's: the secretariat's consultants work with the secretariat's own.
        Action::RecordConsultations | Action::ReadConsultations => {
            own && matches!(
                actor.role,
                Role::HotlineConsultant | Role::CaseWorker | Role::OrgAdmin
            )
        }
        Action::CorrectConsultations => own && actor.role == Role::OrgAdmin,
        // The secretariat's administrators answer what reaches the secretariat (requests from
        // countries without a member who answers, and those nobody opened in time).
        Action::AnswerHelpRequests => {
            own && matches!(
                actor.role,
                Role::HotlineConsultant | Role::CaseWorker | Role::OrgAdmin | Role::NetworkAdmin
            )
        }
        Action::ExportConsultations => own && actor.role == Role::OrgAdmin,
        Action::AnalyseConsultations => own && matches!(actor.role, Role::OrgAdmin | Role::Analyst),
        Action::EditDirectoryEntry => match actor.role {
            Role::NetworkAdmin => true,
            Role::OrgAdmin => own,
            _ => false,
        },
        // A case file is its organisation's alone: not the secretariat's, not an analyst's
        // or an editor's, not another member's, whatever their role.
        Action::WorkOnCases => own && matches!(actor.role, Role::CaseWorker | Role::OrgAdmin),
        Action::OverseeCases => own && actor.role == Role::OrgAdmin,
        Action::BreakTheGlass => own && actor.role == Role::CaseWorker,
    }
}

/// Which case files a listing or a read may return, filtered in SQL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseScope {
    /// Every case of the organisation (its administrators).
    Organisation(OrganisationId),
    /// The cases of the organisation that `worker` leads, is assigned to, or opened by
    /// breaking the glass.
    AssignedTo {
        organisation: OrganisationId,
        worker: UserId,
    },
}

impl CaseScope {
    pub fn organisation(self) -> OrganisationId {
        match self {
            Self::Organisation(organisation) | Self::AssignedTo { organisation, .. } => {
                organisation
            }
        }
    }
}

/// The case files `actor` may see, or none: never another organisation's, and never the
/// network's (no case is the secretariat's to read unless it is its own).
pub fn case_scope(actor: &Actor) -> Option<CaseScope> {
    let own = Resource::Organisation(actor.organisation_id);
    if permits(actor, Action::OverseeCases, own) {
        Some(CaseScope::Organisation(actor.organisation_id))
    } else if permits(actor, Action::WorkOnCases, own) {
        Some(CaseScope::AssignedTo {
            organisation: actor.organisation_id,
            worker: actor.user_id,
        })
    } else {
        None
    }
}

/// The scope of a listing of `action`'s records, or `None` when the actor may list none: the
/// whole network for its administrators where the policy opens the network to them, else the
/// actor's own organisation.
pub fn scope(actor: &Actor, action: Action) -> Option<OrganisationScope> {
    if actor.role == Role::NetworkAdmin && permits(actor, action, Resource::Network) {
        return Some(OrganisationScope::Network);
    }
    permits(actor, action, Resource::Organisation(actor.organisation_id))
        .then_some(OrganisationScope::Organisation(actor.organisation_id))
}

// What each role is, as far as access goes, is written here and nowhere else.
impl Role {
    /// The role that sees least (aggregates only): where every invitation starts.
    pub const LEAST_POWERFUL: Role = Role::Analyst;

    /// Roles that can see personal data must pass a second factor; editors and analysts
    /// (published content, aggregates) may choose to.
    pub fn requires_second_factor(self) -> bool {
        !matches!(self, Self::Editor | Self::Analyst)
    }

    /// Whether the role's work is the whole network's rather than one organisation's (its
    /// demo account sits at the secretariat).
    pub fn works_for_the_network(self) -> bool {
        self == Role::NetworkAdmin
    }
}

/// Whether `actor` may give `role` to someone: only network administrators make others.
pub fn may_assign(actor: &Actor, role: Role) -> bool {
    match actor.role {
        Role::NetworkAdmin => true,
        Role::OrgAdmin => role != Role::NetworkAdmin,
        _ => false,
    }
}

#[cfg(test)]
mod tests;
