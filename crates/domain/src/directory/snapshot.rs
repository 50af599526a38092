//! `Directory`, the whole, immutable snapshot of the network directory that the public site
//! and the APIs read from memory, with its filters, counts and summary; the store builds it
//! and the web layer swaps it when the directory changes.

use std::collections::{BTreeMap, BTreeSet};

use super::*;
use crate::country_code::CountryCode;

/// Which organisations a reader wants to see; an empty filter shows all of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct DirectoryFilter {
    pub country: Option<CountryCode>,
    pub membership: Option<Membership>,
    pub service: Option<AssistanceService>,
}

impl DirectoryFilter {
    pub fn matches(&self, organisation: &Organisation) -> bool {
        self.country
            .is_none_or(|country| organisation.country == country)
            && self
                .membership
                .is_none_or(|membership| organisation.membership == membership)
            && self
                .service
                .is_none_or(|service| organisation.services.contains(&service))
    }

    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// How many organisations each choice of a filter would show, the other choices kept: what a
/// reader sees beside each option.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilterCounts {
    pub countries: BTreeMap<CountryCode, usize>,
    pub memberships: BTreeMap<Membership, usize>,
    pub services: BTreeMap<AssistanceService, usize>,
}

/// The figures that describe the network as a whole.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NetworkSummary {
    pub members: usize,
    pub associates: usize,
    pub partners: usize,
    pub secretariats: usize,
    pub founding_members: usize,
    /// Countries where the network has a member or an associate.
    pub member_countries: usize,
}

/// The whole directory, as one consistent snapshot sorted for display (organisations by
/// country then name, hotlines by country then organisation).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Directory {
    organisations: Vec<Organisation>,
    hotlines: Vec<Hotline>,
    /// Each country's national anti-trafficking line, from its country profile.
    national_lines: BTreeMap<CountryCode, PhoneNumber>,
}

impl Directory {
    pub fn new(mut organisations: Vec<Organisation>, mut hotlines: Vec<Hotline>) -> Self {
        organisations.sort_by(|a, b| (a.country, &a.name).cmp(&(b.country, &b.name)));
        let rank: BTreeMap<OrganisationId, usize> = organisations
            .iter()
            .enumerate()
            .map(|(index, organisation)| (organisation.id, index))
            .collect();
        hotlines.sort_by_key(|hotline| {
            (
                hotline.country,
                rank.get(&hotline.organisation_id).copied(),
                hotline.purpose,
            )
        });
        Self {
            organisations,
            hotlines,
            national_lines: BTreeMap::new(),
        }
    }

    /// The snapshot with each country's national anti-trafficking line.
    pub fn with_national_lines(mut self, lines: BTreeMap<CountryCode, PhoneNumber>) -> Self {
        self.national_lines = lines;
        self
    }

    /// The country's national anti-trafficking line, when its profile names one.
    pub fn national_line(&self, country: CountryCode) -> Option<&PhoneNumber> {
        self.national_lines.get(&country)
    }

    pub fn organisations(&self) -> &[Organisation] {
        &self.organisations
    }

    pub fn hotlines(&self) -> &[Hotline] {
        &self.hotlines
    }

    pub fn organisation(&self, slug: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.slug.as_str() == slug)
    }

    pub fn organisation_by_id(&self, id: OrganisationId) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    pub fn filter(&self, filter: &DirectoryFilter) -> Vec<&Organisation> {
        self.organisations
            .iter()
            .filter(|organisation| filter.matches(organisation))
            .collect()
    }

    pub fn filter_counts(&self, filter: &DirectoryFilter) -> FilterCounts {
        let mut counts = FilterCounts::default();
        for organisation in &self.organisations {
            let other_than = |without: DirectoryFilter| without.matches(organisation);
            if other_than(DirectoryFilter {
                country: None,
                ..*filter
            }) {
                *counts.countries.entry(organisation.country).or_default() += 1;
            }
            if other_than(DirectoryFilter {
                membership: None,
                ..*filter
            }) {
                *counts
                    .memberships
                    .entry(organisation.membership)
                    .or_default() += 1;
            }
            if other_than(DirectoryFilter {
                service: None,
                ..*filter
            }) {
                for service in &organisation.services {
                    *counts.services.entry(*service).or_default() += 1;
                }
            }
        }
        // The chosen country stays a choice even when the other filters leave nothing in it,
        // so that the form keeps it selected.
        if let Some(country) = filter.country {
            counts.countries.entry(country).or_default();
        }
        counts
    }

    pub fn hotlines_in(&self, country: CountryCode) -> Vec<&Hotline> {
        self.hotlines
            .iter()
            .filter(|hotline| hotline.country == country)
            .collect()
    }

    pub fn hotlines_of(&self, organisation: &Organisation) -> Vec<&Hotline> {
        self.hotlines
            .iter()
            .filter(|hotline| hotline.organisation_id == organisation.id)
            .collect()
    }

    /// Every country where the network has an organisation or a hotline, sorted by code.
    pub fn countries(&self) -> Vec<CountryCode> {
        let countries: BTreeSet<CountryCode> = self
            .organisations
            .iter()
            .map(|organisation| organisation.country)
            .chain(self.hotlines.iter().map(|hotline| hotline.country))
            .collect();
        countries.into_iter().collect()
    }

    pub fn is_present_in(&self, country: CountryCode) -> bool {
        self.organisations.iter().any(|o| o.country == country)
            || self.hotlines.iter().any(|h| h.country == country)
    }

    pub fn summary(&self) -> NetworkSummary {
        let count = |membership: Membership| {
            self.organisations
                .iter()
                .filter(|o| o.membership == membership)
                .count()
        };
        let member_countries: BTreeSet<CountryCode> = self
            .organisations
            .iter()
            .filter(|o| matches!(o.membership, Membership::Member | Membership::Associate))
            .map(|o| o.country)
            .collect();
        NetworkSummary {
            members: count(Membership::Member),
            associates: count(Membership::Associate),
            partners: count(Membership::Partner),
            secretariats: count(Membership::Secretariat),
            founding_members: self.organisations.iter().filter(|o| o.founding).count(),
            member_countries: member_countries.len(),
        }
    }

    /// Whether any of the directory is demo data, which readers must be told.
    pub fn has_demo_data(&self) -> bool {
        self.organisations.iter().any(|o| o.demo) || self.hotlines.iter().any(|h| h.demo)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn organisation(name: &str, country: &str, membership: Membership) -> Organisation {
        Organisation {
            id: OrganisationId::new_random(),
            slug: Slug::from_name(name).unwrap(),
            name: name.into(),
            country: CountryCode::parse(country).unwrap(),
            city: None,
            membership,
            founding: false,
            website: None,
            languages: vec![],
            services: vec![AssistanceService::Shelter],
            demo: true,
            time_zone: TimeZone::of_country(CountryCode::parse(country).unwrap()),
            version: 1,
        }
    }

    #[test]
    fn filters_and_counts_keep_the_other_choices() {
        let directory = Directory::new(
            vec![
                organisation("B", "NL", Membership::Member),
                organisation("A", "NL", Membership::Secretariat),
                organisation("C", "ES", Membership::Associate),
            ],
            vec![],
        );
        assert_eq!(directory.organisations()[0].name, "C");
        let filter = DirectoryFilter {
            country: CountryCode::parse("NL").ok(),
            ..Default::default()
        };
        assert_eq!(directory.filter(&filter).len(), 2);
        let counts = directory.filter_counts(&filter);
        assert_eq!(counts.countries.len(), 2, "other countries stay choosable");
        assert_eq!(counts.memberships.get(&Membership::Associate), None);
        assert_eq!(counts.services.get(&AssistanceService::Shelter), Some(&2));
        let summary = directory.summary();
        assert_eq!(
            (
                summary.members,
                summary.associates,
                summary.member_countries
            ),
            (1, 1, 2)
        );
    }
}
