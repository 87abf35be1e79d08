//! The annex forms of the three licence Rules (1–3): applications, reissue applications and
//! qualification information. The application forms are the same in all three.
use super::parts::*;
use super::types::*;
use crate::domain::catalogue::{Action, ApplicantKind, Applies, ServiceId};
use FieldKind::*;

const fn applies(action: Action, kind: Option<ApplicantKind>, variant: Option<&'static str>) -> Applies {
    Applies { action: Some(action), kind, variant }
}

static LEGAL_ISSUE_SECTIONS: [Section; 5] = [
    Section::new("applicant", "Applicant", &[LEGAL_NAME, LEGAL_LOCATION, LEGAL_BIN]),
    Section::new("request", "Request", &[REQUEST_SCOPE]),
    Section::new("contacts", "Address and contacts", &[LEGAL_ADDRESS, EMAIL, PHONE, FAX, BANK_ACCOUNT, BANK_NAME]),
    Section::new("object", "Object of the activity", &[OBJECT_ADDRESS]),
    Section::new("signature", "Confirmation and signature", &[MANAGER, CONFIRMATION]),
];

static INDIVIDUAL_ISSUE_SECTIONS: [Section; 5] = [
    Section::new("applicant", "Applicant", &[INDIVIDUAL_NAME, INDIVIDUAL_IIN]),
    Section::new("request", "Request", &[REQUEST_SCOPE]),
    Section::new("contacts", "Address and contacts", &[RESIDENCE_ADDRESS, EMAIL, PHONE, FAX, BANK_ACCOUNT, BANK_NAME]),
    Section::new("object", "Object of the activity", &[OBJECT_ADDRESS]),
    Section::new("signature", "Confirmation", &[CONFIRMATION]),
];

static LEGAL_REISSUE_SECTIONS: [Section; 6] = [
    Section::new("applicant", "Applicant", &[LEGAL_NAME, LEGAL_LOCATION, LEGAL_BIN]),
    Section::new("licence", "The license to reissue", &[REISSUE_SCOPE, LICENCE_NUMBER, LICENCE_DATE, LICENCE_ISSUER]),
    Section::new("grounds", "Grounds", &[LEGAL_GROUNDS, REORGANIZATION_KIND, CHANGE_DATE]),
    Section::new("contacts", "Address and contacts", &[LEGAL_ADDRESS, EMAIL, PHONE, FAX, BANK_ACCOUNT, BANK_NAME]),
    Section::new("object", "Object of the activity", &[OBJECT_ADDRESS]),
    Section::new("signature", "Confirmation and signature", &[MANAGER, CONFIRMATION]),
];

static INDIVIDUAL_REISSUE_SECTIONS: [Section; 6] = [
    Section::new("applicant", "Applicant", &[INDIVIDUAL_NAME, INDIVIDUAL_IIN]),
    Section::new("licence", "The license to reissue", &[REISSUE_SCOPE, LICENCE_NUMBER, LICENCE_DATE, LICENCE_ISSUER]),
    Section::new("grounds", "Grounds", &[INDIVIDUAL_GROUNDS, CHANGE_DATE]),
    Section::new("contacts", "Address and contacts", &[RESIDENCE_ADDRESS, EMAIL, PHONE, FAX, BANK_ACCOUNT, BANK_NAME]),
    Section::new("object", "Object of the activity", &[OBJECT_ADDRESS]),
    Section::new("signature", "Confirmation", &[CONFIRMATION]),
];

/// An application form of the licence Rules: the same four in Rules 1–3, only the annex numbers
/// of the reissue forms differ.
const fn application(service: ServiceId, annex: u8, action: Action, kind: ApplicantKind) -> FormSpec {
    let legal = matches!(kind, ApplicantKind::LegalEntity);
    let (title, request, sections): (&'static str, &'static str, &'static [Section]) = match (action, legal) {
        (Action::Issue, true) => ("Application of a legal entity to obtain a license", ISSUE_REQUEST, &LEGAL_ISSUE_SECTIONS),
        (Action::Issue, false) => ("Application of an individual to obtain a license", ISSUE_REQUEST, &INDIVIDUAL_ISSUE_SECTIONS),
        (Action::Reissue, true) => ("Application of a legal entity to renew the license", REISSUE_REQUEST, &LEGAL_REISSUE_SECTIONS),
        (Action::Reissue, false) => ("Application of an individual to renew the license", REISSUE_REQUEST, &INDIVIDUAL_REISSUE_SECTIONS),
    };
    FormSpec {
        service,
        annex,
        title,
        applies: applies(action, Some(kind), None),
        request,
        sections,
        confirmation: LICENCE_CONFIRMATION,
        signatory: if legal { "Manager" } else { "Applicant" },
    }
}

const ISSUE_REQUEST: &str = "I ask to issue a license and (or) annex to the license to implement";
const REISSUE_REQUEST: &str = "I ask to reissue the license and (or) annex(es) to the license";
const LEGAL: ApplicantKind = ApplicantKind::LegalEntity;
const INDIVIDUAL: ApplicantKind = ApplicantKind::Individual;

// Rules 1, Annex 4: one section per declared subtype.
const DEVELOPMENT: Condition = Condition::Variant(&["development-production"]);
const REPAIR: Condition = Condition::Variant(&["repair-sale"]);
const STATE_SECRETS_HELP: &str = "Number, date and the subdivision of the national security bodies that issued the permit; attach a copy.";
const EQUIPMENT_HELP: &str = "Registration number and date of your letter, with documents confirming that you own these means and equipment.";

static STM_SPECIALISTS_DP: Table = specialists("dp-specialists", "Declared specialists with higher technical education", "information about the declared specialist (s) who have higher technical education");
static STM_SPECIALISTS_RS: Table = specialists("rs-specialists", "Declared specialists with higher technical education", "information about the declared specialist (s) who have higher technical education");

static STM_QUALIFICATION_SECTIONS: [Section; 4] = [
    Section::new(
        "development-production",
        "1. To engage in activities for development and production of special technical means intended for operational-search activities",
        &[recipient_info("dp-recipient-info")],
    )
        .with_table(&STM_SPECIALISTS_DP)
        .when(DEVELOPMENT),
    Section::new(
        "development-production-resources",
        "Development and production: permits, equipment and premises",
        &[
            Field::new("dp-state-secrets-permit", "Permit of the national security bodies to work with state secrets", LongText, "to work with information constituting state secrets|permit from the national security bodies").help(STATE_SECRETS_HELP),
            Field::new("dp-equipment", "Minimum set of technical means and control and measuring equipment", LongText, "minimum set of technical means and control and measuring equipment").help(EQUIPMENT_HELP),
            Field::new("dp-production-facility", "Designated production facility", LongText, "designated production facility")
                .help("Name, registration number and date of the documents confirming ownership or another legal ground; attach a copy."),
            Field::new("dp-storage-room", "Specially designated room for storing the special technical means developed and produced", LongText, "specially designated room for storing")
                .help("Documents confirming ownership or another legal ground, and the security and fire alarm service agreement(s): registration numbers, dates, organisations. Attach copies."),
        ],
    )
    .when(DEVELOPMENT),
    Section::new(
        "repair-sale",
        "2. To engage in activities for repair and sale of special technical equipment intended for operational-search activities",
        &[recipient_info("rs-recipient-info")],
    ).with_table(&STM_SPECIALISTS_RS).when(REPAIR),
    Section::new(
        "repair-sale-resources",
        "Repair and sale: permits, equipment and premises",
        &[
            Field::new("rs-state-secrets-permit", "Permit of the national security bodies to work with state secrets", LongText, "to work with information constituting state secrets|permit from the national security bodies").help(STATE_SECRETS_HELP),
            Field::new("rs-equipment", "Minimum set of technical means and control and measuring equipment", LongText, "minimum set of technical means and control and measuring equipment").help(EQUIPMENT_HELP),
            premise("rs-premise"),
        ],
    )
    .when(REPAIR)
    .note("The level of knowledge of the declared persons is assessed by a qualification test set by the provider, taken at the provider's department where you operate."),
];

static CRYPTO_SPECIALISTS: Table = specialists(
    "specialists",
    "Declared specialists with higher education in a technical or physical and mathematical specialty",
    "Information about the declared specialist(s) with a higher education in a technical or physical and mathematical specialty",
);
static CRYPTO_QUALIFICATION_SECTIONS: [Section; 2] = [
    Section::new("recipient", "1. Information about the service recipient", &[recipient_info("recipient-info")]).with_table(&CRYPTO_SPECIALISTS),
    Section::new("premise", "3. Specially allocated premise", &[premise("premise")])
        .note("The provider assesses the applicants' level of knowledge by a qualification test at its department where you operate."),
];

static LEAK_SPECIALISTS: Table = specialists("specialists", "Declared specialists with higher technical education", "Information about the declared specialist (s) who have higher technical education");
static LEAK_QUALIFICATION_SECTIONS: [Section; 2] = [
    Section::new("recipient", "1. Information about the service recipient", &[recipient_info("recipient-info")]).with_table(&LEAK_SPECIALISTS),
    Section::new(
        "resources",
        "Search means and premises",
        &[
            Field::new("search-means", "Minimum set of search technical means", LongText, "minimum set of search technical means")
                .help("Registration number and date of your letter, with documents confirming that you own these means."),
            premise("premise"),
        ],
    )
    .note("The level of knowledge of the declared persons is assessed by a qualification test for the declared type of activity."),
];

static SOC_SPECIALIST_COLUMNS: [Field; 5] = [
    Field::new("specialty", "Specialty, qualification and direction", Text, "specialty, qualification, direction"),
    Field::new("document-number", "Number of the diploma, certificate or acknowledgement", Text, "number"),
    Field::new("document-date", "Date of issue", PastDate, "date"),
    Field::new("document-place", "Place of issue", Text, "place of issue"),
    Field::new("institution", "Educational institution, training centre or organisation", Text, "name of educational institution, training center"),
];
static SOC_SPECIALISTS: Table = Table {
    id: "specialists",
    title: "Declared specialists with higher or professional technical education, retrained in information security",
    row_label: "Specialist",
    columns: &SOC_SPECIALIST_COLUMNS,
    min_rows: 1,
    seed: Some("Information about the declared specialist(s) who has a higher or professional technical"),
};
static SOC_QUALIFICATION_SECTIONS: [Section; 2] = [
    Section::new("recipient", "1. Information about the service recipient", &[recipient_info("recipient-info")]).with_table(&SOC_SPECIALISTS),
    Section::new(
        "resources",
        "Search means and premises",
        &[
            Field::new("search-means", "Minimum set of search means", LongText, "minimum set of search means")
                .help("Documents confirming ownership or another legal ground: registration number and date; attach copies."),
            premise("premise"),
        ],
    ),
];

/// Information on compliance with the qualification requirements (Annex 4, or 5 for Rules 3's
/// operations-centre variant): filled for an issue, by either kind of applicant.
const fn qualification(service: ServiceId, annex: u8, title: &'static str, variant: Option<&'static str>, sections: &'static [Section]) -> FormSpec {
    FormSpec { service, annex, title, applies: applies(Action::Issue, None, variant), request: "", sections, confirmation: "", signatory: "" }
}

pub static FORMS: [FormSpec; 16] = [
    application(ServiceId::StmLicence, 2, Action::Issue, LEGAL),
    application(ServiceId::StmLicence, 3, Action::Issue, INDIVIDUAL),
    qualification(ServiceId::StmLicence, 4, "Information on compliance with the qualification requirements for development, production, repair and sale of special technical means", None, &STM_QUALIFICATION_SECTIONS),
    application(ServiceId::StmLicence, 5, Action::Reissue, LEGAL),
    application(ServiceId::StmLicence, 6, Action::Reissue, INDIVIDUAL),
    application(ServiceId::CryptoDevLicence, 2, Action::Issue, LEGAL),
    application(ServiceId::CryptoDevLicence, 3, Action::Issue, INDIVIDUAL),
    qualification(ServiceId::CryptoDevLicence, 4, "Information on compliance with the qualification requirements for development of means of cryptographic protection of information", None, &CRYPTO_QUALIFICATION_SECTIONS),
    application(ServiceId::CryptoDevLicence, 5, Action::Reissue, LEGAL),
    application(ServiceId::CryptoDevLicence, 6, Action::Reissue, INDIVIDUAL),
    application(ServiceId::LeakChannelsLicence, 2, Action::Issue, LEGAL),
    application(ServiceId::LeakChannelsLicence, 3, Action::Issue, INDIVIDUAL),
    qualification(ServiceId::LeakChannelsLicence, 4, "Information on compliance with the qualification requirements for services identifying technical channels of information leakage and special technical means", Some("standard"), &LEAK_QUALIFICATION_SECTIONS),
    qualification(ServiceId::LeakChannelsLicence, 5, "Information on compliance with the qualification requirements within an information-security operations centre or incident response service", Some("operations-centre"), &SOC_QUALIFICATION_SECTIONS),
    application(ServiceId::LeakChannelsLicence, 6, Action::Reissue, LEGAL),
    application(ServiceId::LeakChannelsLicence, 7, Action::Reissue, INDIVIDUAL),
];
