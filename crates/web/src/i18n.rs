//! Translations with Project Fluent: the `.ftl` files of each interface language under
//! `locales/{lang}/`, one file per feature (`directory.ftl`, `consultations.ftl`, ...) and two
//! for the kernel (`site.ftl`, `staff.ftl`); every file is loaded, every language has the files
//! of English with their keys (a test checks), and all is compiled into the binary.
//! Templates ask a `Translator` for every word they show; data keeps codes and the translator turns
//! them into labels, names of places included, and sorts lists as the reader's language sorts
//! (Unicode collation with CLDR's tailorings, so that Romanian puts `ș` after `s` and Ukrainian
//! puts `і` after `и`, whatever their bytes).

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use icu_collator::options::CollatorOptions;
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use icu_locale_core::Locale;
use strada_domain::country_code::CountryCode;
use strada_domain::language::{LanguageTag, UiLanguage};
use time::Date;

mod labels;
pub use labels::{Labelled, StatusForThePerson};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Isolation marks would reach `tel:` labels and attribute values; our values are plain.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static IDENTIFIERS: LazyLock<Vec<(UiLanguage, LanguageIdentifier)>> = LazyLock::new(|| {
    UiLanguage::ALL
        .into_iter()
        .map(|language| {
            let identifier = language
                .code()
                .parse()
                .expect("interface language codes are valid identifiers");
            (language, identifier)
        })
        .collect()
});

/// One collator per interface language, from the data compiled into the binary.
static COLLATORS: LazyLock<Vec<(UiLanguage, CollatorBorrowed<'static>)>> = LazyLock::new(|| {
    UiLanguage::ALL
        .into_iter()
        .map(|language| {
            let locale: Locale = language
                .code()
                .parse()
                .expect("interface language codes are valid locales");
            let collator = CollatorBorrowed::try_new(
                CollatorPreferences::from(&locale),
                CollatorOptions::default(),
            )
            .expect("the compiled collation data covers every interface language");
            (language, collator)
        })
        .collect()
});

/// Speaks one interface language.
#[derive(Debug, Clone, Copy)]
pub struct Translator {
    language: UiLanguage,
    identifier: &'static LanguageIdentifier,
}

impl Translator {
    pub fn new(language: UiLanguage) -> Self {
        let identifier = IDENTIFIERS
            .iter()
            .find(|(candidate, _)| *candidate == language)
            .map(|(_, identifier)| identifier)
            .expect("every interface language has an identifier");
        Self {
            language,
            identifier,
        }
    }

    pub fn language(&self) -> UiLanguage {
        self.language
    }

    /// The message for `key`.
    pub fn t(&self, key: &str) -> String {
        LOCALES.lookup(self.identifier, key)
    }

    /// The message for `key` with one argument.
    pub fn t_with(
        &self,
        key: &str,
        name: &'static str,
        value: impl Into<FluentValue<'static>>,
    ) -> String {
        let mut arguments: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        arguments.insert(Cow::Borrowed(name), value.into());
        LOCALES.lookup_with_args(self.identifier, key, &arguments)
    }

    /// The message for `key` with several arguments.
    pub fn t_args(&self, key: &str, arguments: &[(&'static str, FluentValue<'static>)]) -> String {
        let arguments: HashMap<Cow<'static, str>, FluentValue> = arguments
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
            .collect();
        LOCALES.lookup_with_args(self.identifier, key, &arguments)
    }

    /// A count in the message `key`, which selects its plural form on `$count`.
    pub fn count(&self, key: &str, count: usize) -> String {
        self.t_with(key, "count", count)
    }

    pub fn country(&self, country: CountryCode) -> String {
        LOCALES
            .try_lookup(self.identifier, &format!("country-{country}"))
            .unwrap_or_else(|| country.to_string())
    }

    /// A city's name in this language (`Chisinau` is `Кишинёв` in Russian); a city the
    /// translations do not name keeps the name it was written with.
    pub fn city(&self, name: &str) -> String {
        let key: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        LOCALES
            .try_lookup(self.identifier, &format!("city-{key}"))
            .unwrap_or_else(|| name.to_owned())
    }

    /// Compares two texts as this language sorts them.
    pub fn compare(&self, left: &str, right: &str) -> Ordering {
        COLLATORS
            .iter()
            .find(|(language, _)| *language == self.language)
            .map(|(_, collator)| collator.compare(left, right))
            .unwrap_or_else(|| left.cmp(right))
    }

    /// Sorts items by a name, as this language sorts.
    pub fn sort_by_name<T>(&self, items: &mut [T], name: impl Fn(&T) -> &str) {
        self.sort_by_names(items, |item| [name(item)]);
    }

    /// Sorts items by several names in turn (a country's, then an organisation's), each as
    /// this language sorts. The one way a list shown to people is put in order: byte order
    /// (`sort`, `to_lowercase`, SQL's `ORDER BY` on names) puts `Ș` after `Z` and `І` after `Я`.
    pub fn sort_by_names<T, const N: usize>(
        &self,
        items: &mut [T],
        names: impl Fn(&T) -> [&str; N],
    ) {
        items.sort_by(|a, b| {
            names(a)
                .iter()
                .zip(names(b).iter())
                .map(|(left, right)| self.compare(left, right))
                .find(|order| order.is_ne())
                .unwrap_or(Ordering::Equal)
        });
    }

    /// A language's name, or its tag when the translations do not name it.
    pub fn language_name(&self, tag: &LanguageTag) -> String {
        LOCALES
            .try_lookup(self.identifier, &format!("language-{}", tag.primary()))
            .unwrap_or_else(|| tag.to_string())
    }

    pub fn language_names(&self, tags: &[LanguageTag]) -> String {
        tags.iter()
            .map(|tag| self.language_name(tag))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A date as readers of this language write it (`31 December 2016`, `31 декабря 2016`).
    pub fn date(&self, date: Date) -> String {
        let month = self.t(&format!("month-{}", u8::from(date.month())));
        self.t_args(
            "date-format",
            &[
                ("day", FluentValue::from(date.day().to_string())),
                ("month", FluentValue::from(month)),
                ("year", FluentValue::from(date.year().to_string())),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// The names of a language's Fluent files: every `.ftl` file of its folder, as the loader
    /// reads them.
    fn files(language: UiLanguage) -> BTreeSet<String> {
        let folder = format!("{}/locales/{}", env!("CARGO_MANIFEST_DIR"), language.code());
        std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("{folder}: {e}"))
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".ftl"))
            .collect()
    }

    /// The message keys of one Fluent file, read line by line (messages start at column 0).
    fn keys_of(language: UiLanguage, file: &str) -> BTreeSet<String> {
        let path = format!(
            "{}/locales/{}/{file}",
            env!("CARGO_MANIFEST_DIR"),
            language.code()
        );
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{path}: {e}"))
            .lines()
            .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|line| line.split_once(" =").map(|(key, _)| key.trim().to_owned()))
            .collect()
    }

    /// The message keys of every Fluent file of a language.
    fn keys(language: UiLanguage) -> BTreeSet<String> {
        files(language)
            .iter()
            .flat_map(|file| keys_of(language, file))
            .collect()
    }

    /// Each language has the same files as English, each with the same keys, so a feature's
    /// strings stay in its own file in every language; and no key is in two files, so the file
    /// a key is found in is the one place it is written.
    #[test]
    fn every_language_has_the_files_of_english_with_their_keys() {
        let english = files(UiLanguage::En);
        assert!(english.len() >= 8, "{english:?}");
        assert!(keys(UiLanguage::En).len() > 100);
        for language in UiLanguage::ALL {
            let found = files(language);
            assert_eq!(
                found, english,
                "locales/{language}/ has other files than locales/en/"
            );
            let mut seen: HashMap<String, &String> = HashMap::new();
            for file in &english {
                let wanted = keys_of(UiLanguage::En, file);
                let found = keys_of(language, file);
                let missing: Vec<_> = wanted.difference(&found).collect();
                assert!(
                    missing.is_empty(),
                    "locales/{language}/{file} lacks keys of locales/en/{file}: {missing:?}"
                );
                let extra: Vec<_> = found.difference(&wanted).collect();
                assert!(
                    extra.is_empty(),
                    "locales/{language}/{file} has keys that locales/en/{file} lacks: {extra:?}"
                );
                for key in found {
                    if let Some(other) = seen.insert(key.clone(), file) {
                        panic!("locales/{language}/: the key {key} is in both {other} and {file}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_message_resolves_in_every_language() {
        let mut arguments: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        for name in [
            "country",
            "organisation",
            "purpose",
            "date",
            "number",
            "detail",
            "day",
            "month",
            "year",
            "channel",
            "language",
            "field",
            "zone",
        ] {
            arguments.insert(Cow::Borrowed(name), FluentValue::from("x"));
        }
        for name in ["count", "members", "associates", "countries"] {
            arguments.insert(Cow::Borrowed(name), FluentValue::from(3));
        }
        for language in UiLanguage::ALL {
            let identifier = Translator::new(language).identifier;
            for key in keys(UiLanguage::En) {
                let text = LOCALES.try_lookup_with_args(identifier, &key, &arguments);
                assert!(
                    text.as_ref()
                        .is_some_and(|text| !text.is_empty() && !text.contains('{')),
                    "{language}: {key} does not resolve: {text:?}"
                );
            }
        }
    }

    #[test]
    fn lists_sort_as_each_language_sorts() {
        let sorted = |language: UiLanguage, words: &[&'static str]| {
            let mut words = words.to_vec();
            Translator::new(language).sort_by_name(&mut words, |word| word);
            words
        };
        // Romanian: ș after s, ț after t, î after i; bytes put them after z.
        assert_eq!(
            sorted(
                UiLanguage::Ro,
                &["Ștefan", "Suceava", "Zalău", "Țara", "Turda"]
            ),
            ["Suceava", "Ștefan", "Turda", "Țara", "Zalău"]
        );
        // Ukrainian: ґ after г, є after е, і after и; bytes put є and і before а.
        assert_eq!(
            sorted(
                UiLanguage::Uk,
                &[
                    "Італія",
                    "Ірландія",
                    "Киргизстан",
                    "Йорданія",
                    "Ґамбія",
                    "Греція",
                    "Естонія",
                    "Єгипет",
                    "Австрія"
                ]
            ),
            [
                "Австрія",
                "Греція",
                "Ґамбія",
                "Естонія",
                "Єгипет",
                "Ірландія",
                "Італія",
                "Йорданія",
                "Киргизстан"
            ]
        );
        assert_eq!(Translator::new(UiLanguage::Ru).city("Chisinau"), "Кишинёв");
        assert_eq!(Translator::new(UiLanguage::En).city("Nowhere"), "Nowhere");
    }

    #[test]
    fn plurals_and_dates_follow_the_language() {
        let russian = Translator::new(UiLanguage::Ru);
        assert_ne!(
            russian.count("members-count", 2),
            russian.count("members-count", 5)
        );
        let date = Date::from_calendar_date(2016, time::Month::December, 31).unwrap();
        assert_eq!(
            Translator::new(UiLanguage::En).date(date),
            "31 December 2016"
        );
        assert!(russian.date(date).contains("2016"));
        assert_eq!(
            Translator::new(UiLanguage::En).country(CountryCode::parse("MD").unwrap()),
            "Moldova"
        );
    }
}
