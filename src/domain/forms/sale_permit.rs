//! Rules 8: applications of a legal entity (Annex 2) and an individual (Annex 3), and the
//! information on compliance with the licensing requirements (Annex 4).
use super::parts::*;
use super::types::*;
use crate::domain::catalogue::{ApplicantKind, Applies, ServiceId};
use FieldKind::*;

static LEGAL_SECTIONS: [Section; 3] = [
    Section::new("applicant", "Applicant", &[LEGAL_NAME, LEGAL_LOCATION, LEGAL_BIN]),
    Section::new("contacts", "Address and contacts", &[LEGAL_ADDRESS, EMAIL, PHONE, FAX, BANK_ACCOUNT, BANK_NAME]),
    Section::new("signature", "Confirmation and signature", &[MANAGER, CONFIRMATION]),
];

static INDIVIDUAL_SECTIONS: [Section; 3] = [
    Section::new("applicant", "Applicant", &[INDIVIDUAL_NAME, INDIVIDUAL_IIN]),
    Section::new(
        "contacts",
        "Address and contacts",
        &[
            Field::new("residence-address", "Address of the location of the individual", LongText, "Address of the location of an individual")
                .help("Postal code, region, city, district, locality, street, house / building number (stationary room)."),
            EMAIL,
            PHONE,
            FAX,
            BANK_ACCOUNT,
            BANK_NAME,
        ],
    ),
    Section::new("signature", "Confirmation", &[CONFIRMATION]),
];

static SPECIALISTS: Table = specialists(
    "specialists",
    "Declared specialists with higher or secondary vocational education in a technical specialty",
    "Information about the declared specialist (s) who have a higher or secondary vocational education in a technical specialty",
);

static COMPLIANCE_SECTIONS: [Section; 2] = [
    Section::new("recipient", "1. Information about the service recipient", &[recipient_info("recipient-info")]).with_table(&SPECIALISTS),
    Section::new(
        "contacts",
        "Address and contacts",
        &[
            Field::new("address", "Address of the legal entity or individual", LongText, "Address of legal entity or individual")
                .help("Postal code, country (for a foreign legal entity), region, city, district, settlement, street, house / building number (stationary premise)."),
            EMAIL,
            PHONE,
            FAX,
            BANK_ACCOUNT,
            BANK_NAME,
        ],
    ),
];

pub static FORMS: [FormSpec; 3] = [
    FormSpec {
        service: ServiceId::CryptoSalePermit,
        annex: 2,
        title: "Application of a legal entity for a permit for sale (including other transfer) of means of cryptographic protection of information",
        applies: Applies { action: None, kind: Some(ApplicantKind::LegalEntity), variant: None },
        request: "I ask for a permit to carry out activities for sale (including other transfer) of means of cryptographic protection of information.",
        sections: &LEGAL_SECTIONS,
        confirmation: PERMIT_CONFIRMATION,
        signatory: "Manager",
    },
    FormSpec {
        service: ServiceId::CryptoSalePermit,
        annex: 3,
        title: "Application of an individual for a permit for sale (including other transfer) of means of cryptographic protection of information",
        applies: Applies { action: None, kind: Some(ApplicantKind::Individual), variant: None },
        request: "I ask to issue a permit to carry out activities for sale (including other transfer) of means of cryptographic protection of information",
        sections: &INDIVIDUAL_SECTIONS,
        confirmation: PERMIT_CONFIRMATION,
        signatory: "Applicant",
    },
    FormSpec {
        service: ServiceId::CryptoSalePermit,
        annex: 4,
        title: "Information on compliance with the licensing requirements for sale (including other transfer) of means of cryptographic protection of information",
        applies: Applies::ALWAYS,
        request: "",
        sections: &COMPLIANCE_SECTIONS,
        confirmation: "",
        signatory: "",
    },
];
