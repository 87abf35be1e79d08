//! Every user-visible string of the interface, keyed by [`Msg`].
//!
//! Service data (names, documents, forms) carries its own seed wording; this table holds the
//! interface's words. The match is exhaustive, so a message without a text does not compile;
//! a new language is a new `match` arm per message.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    AppTitle,
    AppIntro,
    ServicesHeading,
    Term,
    Fee,
    OnIssue,
    OnReissue,
    WorkingDays,
    Mci,
    FreeOfCharge,
    Source,
    ContactCentre,
    Disclaimer,
}

impl Msg {
    pub const ALL: [Msg; 13] = [
        Msg::AppTitle,
        Msg::AppIntro,
        Msg::ServicesHeading,
        Msg::Term,
        Msg::Fee,
        Msg::OnIssue,
        Msg::OnReissue,
        Msg::WorkingDays,
        Msg::Mci,
        Msg::FreeOfCharge,
        Msg::Source,
        Msg::ContactCentre,
        Msg::Disclaimer,
    ];
}

/// The text of `msg` in `lang`; `{n}`-style placeholders are filled by [`fill`].
pub fn text(msg: Msg, lang: Lang) -> &'static str {
    match lang {
        Lang::En => english(msg),
    }
}

fn english(msg: Msg) -> &'static str {
    match msg {
        Msg::AppTitle => "KNB public services: the applicant's assistant",
        Msg::AppIntro => "Find the service you need, see its term and fee, and prepare your application. Nothing you enter leaves this device.",
        Msg::ServicesHeading => "The eight services",
        Msg::Term => "Term",
        Msg::Fee => "Fee",
        Msg::OnIssue => "Issue",
        Msg::OnReissue => "Reissue",
        Msg::WorkingDays => "{n} working days",
        Msg::Mci => "{n} MCI",
        Msg::FreeOfCharge => "Free of charge",
        Msg::Source => "Source",
        Msg::ContactCentre => "Unified Contact Center: {phone}",
        Msg::Disclaimer => "An unofficial assistant based on the Rules approved by KNB order No. 34/қе of 6 May 2020 (as amended). The official text prevails.",
    }
}

/// Replaces each `{key}` in `template` with its value.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    args.iter().fold(template.to_owned(), |acc, (key, value)| acc.replace(&format!("{{{key}}}"), value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_a_text_and_placeholders_fill() {
        for msg in Msg::ALL {
            assert!(!text(msg, Lang::En).trim().is_empty(), "{msg:?}");
        }
        assert_eq!(fill(text(Msg::WorkingDays, Lang::En), &[("n", "15")]), "15 working days");
    }
}
