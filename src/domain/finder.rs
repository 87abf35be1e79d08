//! Plain questions that lead to a service (and its variant), and a search over the services.
use super::catalogue::{Action, ServiceId, SERVICES};
use super::citation::Citation;

pub struct Question {
    pub id: &'static str,
    pub text: &'static str,
    pub service: ServiceId,
    pub action: Action,
    /// The variant the answer implies, if any.
    pub variant: Option<&'static str>,
    /// The clause that ties the question to the service.
    pub cite: Citation,
}

pub static QUESTIONS: &[Question] = &[
    Question { id: "develop-stm", text: "Do you want to develop or produce special technical means for operational-search activities?", service: ServiceId::StmLicence, action: Action::Issue, variant: Some("development-production"), cite: Citation::paragraph_sub(1, 1, 1) },
    Question { id: "repair-stm", text: "Do you want to repair or sell special technical means for operational-search activities?", service: ServiceId::StmLicence, action: Action::Issue, variant: Some("repair-sale"), cite: Citation::paragraph_sub(1, 1, 2) },
    Question { id: "develop-crypto", text: "Do you want to develop means of cryptographic protection of information?", service: ServiceId::CryptoDevLicence, action: Action::Issue, variant: None, cite: Citation::paragraph(2, 1) },
    Question { id: "leak-channels", text: "Do you want to provide services identifying technical channels of information leakage and special technical means?", service: ServiceId::LeakChannelsLicence, action: Action::Issue, variant: Some("standard"), cite: Citation::paragraph(3, 1) },
    Question { id: "soc", text: "Do you provide those services within an information-security operations centre or incident response service?", service: ServiceId::LeakChannelsLicence, action: Action::Issue, variant: Some("operations-centre"), cite: Citation::row_sub(3, 8, 1) },
    Question { id: "move-stm", text: "Do you want to import, export or move in transit special technical means for covert obtaining of information?", service: ServiceId::StmImportExport, action: Action::Issue, variant: None, cite: Citation::paragraph(4, 1) },
    Question { id: "move-crypto", text: "Do you want to import, export or move in transit goods with encryption (cryptographic) means?", service: ServiceId::CryptoImportExport, action: Action::Issue, variant: None, cite: Citation::paragraph(5, 1) },
    Question { id: "classify", text: "Do you need to find out whether a product counts as cryptographic protection or special technical means?", service: ServiceId::TechnicalStudy, action: Action::Issue, variant: None, cite: Citation::paragraph(6, 1) },
    Question { id: "notify", text: "Do you want to notify the characteristics of a product (e.g. mass-market) that contains encryption?", service: ServiceId::CryptoNotification, action: Action::Issue, variant: None, cite: Citation::paragraph(7, 1) },
    Question { id: "sell-crypto", text: "Do you want to sell (or otherwise transfer) means of cryptographic protection of information?", service: ServiceId::CryptoSalePermit, action: Action::Issue, variant: None, cite: Citation::paragraph(8, 1) },
];

/// Services whose name, short name or keywords contain every word of `query` (any case).
pub fn search(query: &str) -> Vec<ServiceId> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    SERVICES
        .iter()
        .filter(|s| {
            let haystack = format!("{} {} {}", s.name, s.short_name, s.keywords.join(" ")).to_lowercase();
            words.iter().all(|w| haystack.contains(w.as_str()))
        })
        .map(|s| s.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::service;

    #[test]
    fn every_question_names_a_real_variant_and_action() {
        for q in QUESTIONS {
            let s = service(q.service);
            assert!(s.action(q.action).is_some(), "{}", q.id);
            if let Some(v) = q.variant {
                assert!(s.variants.is_some_and(|spec| spec.options.iter().any(|o| o.id == v)), "{}", q.id);
            }
        }
        // Every service is reachable by a question.
        for id in ServiceId::ALL {
            assert!(QUESTIONS.iter().any(|q| q.service == id), "{id:?}");
        }
    }

    #[test]
    fn search_matches_all_words_in_any_case() {
        assert_eq!(search("IMPORT encryption"), [ServiceId::CryptoImportExport]);
        assert_eq!(search("leakage"), [ServiceId::LeakChannelsLicence]);
        assert_eq!(search("notification"), [ServiceId::CryptoNotification]);
        assert_eq!(search("").len(), 8);
        assert!(search("pizza").is_empty());
        assert!(search("licence").len() >= 3);
    }
}
