//! What the directory's public pages draw: a hotline as a card, the number to call first in a
//! country, and the members' lines for people abroad, every word already translated.

use strada_domain::country_code::CountryCode;
use strada_domain::directory::{Directory, Hotline, HotlinePurpose, PhoneNumber};

use crate::i18n::Translator;

/// A hotline as a card on a page: everything already translated.
pub struct HotlineCard {
    pub number: String,
    pub tel: String,
    pub purpose: String,
    pub always_open: bool,
    pub free_of_charge: bool,
    pub hours: String,
    pub languages: String,
    pub organisation_name: String,
    pub organisation_href: String,
    pub verified: String,
}

impl HotlineCard {
    pub fn new(tr: Translator, hotline: &Hotline, directory: &Directory) -> Self {
        let organisation = directory.organisation_by_id(hotline.organisation_id);
        Self {
            number: hotline.number.as_str().to_owned(),
            tel: format!("tel:{}", hotline.number.dial_string()),
            purpose: tr.label(hotline.purpose),
            always_open: hotline.is_always_open(),
            free_of_charge: hotline.free_of_charge,
            hours: tr.label(hotline.hours),
            languages: tr.language_names(&hotline.languages),
            organisation_name: organisation.map(|o| o.name.clone()).unwrap_or_default(),
            organisation_href: organisation
                .map(|o| format!("/{}/members/{}", tr.language().code(), o.slug))
                .unwrap_or_default(),
            verified: tr.date(hotline.last_verified),
        }
    }
}

/// A number to call, with what it is.
pub struct CallNumber {
    pub number: String,
    pub tel: String,
    pub label: String,
}

impl CallNumber {
    fn new(number: &PhoneNumber, label: String) -> Self {
        Self {
            number: number.as_str().to_owned(),
            tel: format!("tel:{}", number.dial_string()),
            label,
        }
    }
}

/// What to call first in a country, for the first screen of a phone.
pub struct FirstCall {
    /// A member's hotline, else the national line; none when the country has neither.
    pub number: Option<CallNumber>,
    pub answers_112: bool,
}

impl FirstCall {
    pub fn new(tr: Translator, country: CountryCode, directory: &Directory) -> Self {
        let hotlines = directory.hotlines_in(country);
        // From inside the country a national number is the one to dial; a number for calls
        // from abroad only when there is nothing else.
        let hotline = hotlines
            .iter()
            .find(|hotline| hotline.purpose != HotlinePurpose::CallsFromAbroad)
            .or(hotlines.first());
        let number = match hotline {
            Some(hotline) => {
                let organisation = directory
                    .organisation_by_id(hotline.organisation_id)
                    .map(|organisation| organisation.name.clone())
                    .unwrap_or_default();
                let mut label = tr.t_args(
                    "first-call-hotline",
                    &[
                        ("organisation", organisation.into()),
                        ("purpose", tr.label(hotline.purpose).into()),
                    ],
                );
                if hotline.free_of_charge {
                    label = format!("{label} · {}", tr.t("hotline-free"));
                }
                Some(CallNumber::new(&hotline.number, label))
            }
            None => directory
                .national_line(country)
                .map(|number| CallNumber::new(number, tr.t("first-call-national-line"))),
        };
        Self {
            number,
            answers_112: country.answers_112(),
        }
    }
}

/// For people abroad: the hotlines of the members of every other country, by country.
pub struct HomeCountryLines {
    pub country: String,
    pub numbers: Vec<CallNumber>,
}

/// The members' hotlines of every country but `here`, sorted by country name; numbers that can
/// be dialled from abroad first.
pub fn home_country_lines(
    tr: Translator,
    here: CountryCode,
    directory: &Directory,
) -> Vec<HomeCountryLines> {
    let mut lines: Vec<HomeCountryLines> = directory
        .countries()
        .into_iter()
        .filter(|country| *country != here)
        .filter_map(|country| {
            let mut hotlines = directory.hotlines_in(country);
            hotlines.sort_by_key(|hotline| !hotline.number.is_international());
            let numbers: Vec<CallNumber> = hotlines
                .into_iter()
                .map(|hotline| CallNumber::new(&hotline.number, tr.label(hotline.purpose)))
                .collect();
            (!numbers.is_empty()).then(|| HomeCountryLines {
                country: tr.country(country),
                numbers,
            })
        })
        .collect();
    tr.sort_by_name(&mut lines, |line| &line.country);
    lines
}
