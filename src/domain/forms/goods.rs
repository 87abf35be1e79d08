//! The goods applications of Rules 4 and 5 (import, export, transit) and Rules 6 (technical study).
use super::parts::*;
use super::types::*;
use crate::domain::catalogue::{Applies, ServiceId};
use FieldKind::*;

const TRANSIT: Condition = Condition::Variant(&["transit"]);
const NOT_TRANSIT: Condition = Condition::Variant(&["import", "export", "temporary-import", "temporary-export"]);
const TEMPORARY: Condition = Condition::Variant(&["temporary-import", "temporary-export"]);
const IMPORT: Condition = Condition::Variant(&["import", "temporary-import"]);

const fn goods_columns(code_seed: &'static str, section: &'static str, number_seed: &'static str) -> [Field; 6] {
    [
        Field::new("name", "Product name indicating its composition", Text, "Product name indicating its composition"),
        Field::new("model", "Model", Text, "Model"),
        Field::new("manufacturing-number", "Manufacturing number", Text, number_seed).optional(),
        Field::new("serial-number", "Serial number", Text, "Serial number").optional(),
        Field::new("quantity", "Quantity", Quantity, "Quantity"),
        Field::new("commodity-code", "EAEU commodity code (10 digits)", CommodityCode, code_seed).help(section),
    ]
}

static STM_GOODS_COLUMNS: [Field; 6] = goods_columns("Code of the unified Commodity nomenclature", "From section 2.17 of the Unified list of goods (special technical means).", "Manufactory number");
static CRYPTO_GOODS_COLUMNS: [Field; 6] = goods_columns("Commodity nomenclature of external economic activity", "From section 2.19 of the Unified list of goods (encryption means).", "Manufacturing number");
static STM_GOODS: Table = Table { id: "goods", title: "Special technical means", row_label: "Item", columns: &STM_GOODS_COLUMNS, min_rows: 1, seed: Some("Item №") };
static CRYPTO_GOODS: Table = Table { id: "goods", title: "Goods containing encryption (cryptographic) means", row_label: "Item", columns: &CRYPTO_GOODS_COLUMNS, min_rows: 1, seed: Some("Item №") };

const COUNTERPARTY: Field = Field::new("counterparty", "Recipient / sender: full legal name and full address of the partner organisation", LongText, "Recipient/sender")
    .help("The recipient receives the rights to the product from you; the sender transfers such rights to you.");
const COUNTRY: Field = Field::new("country", "Country of destination / departure", Text, "Country of destination / departure").help("The country of final destination or of departure.");
const TRANSIT_COUNTRY: Field = Field::new("transit-country", "Country of transit (a member state of the EAEU)", EaeuCountry, "Country of transit")
    .when(TRANSIT)
    .help("Armenia, Belarus, Kazakhstan, Kyrgyzstan or Russia.");
const PURPOSE: Field = Field::new("purpose", "Purpose of import / export", LongText, "Purpose of import / export").when(NOT_TRANSIT);
const TEMPORARY_TERM: Field = Field::new("temporary-term", "Term of temporary import / export", Date, "Term of temporary import / export")
    .when(TEMPORARY)
    .help("The date your obligations under the temporary import / export are completed.");
const GROUNDS: Field = Field::new("grounds", "Grounds: the foreign trade contract or other document confirming the intentions of the parties", LongText, "Grounds")
    .help("Its name, number and date, and any annex or addendum.");
const ADDITIONAL: Field = Field::new("additional-information", "Additional information", LongText, "Additional information")
    .optional()
    .help("Anything that clarifies other lines, e.g. a previously issued conclusion (permit), the cost of the goods, attached documents and photographs.");

static STM_SECTIONS: [Section; 5] = [
    Section::new("applicant", "Applicant", &[APPLICANT_NAME, APPLICANT_ID]),
    Section::new("goods", "Goods", &[]).with_table(&STM_GOODS),
    Section::new("addresses", "Addresses and contacts", &[RECIPIENT_LEGAL_ADDRESS, RECIPIENT_ACTUAL_ADDRESS, CONTACT_PHONE, CONTACT_FAX, CONTACT_EMAIL]),
    Section::new("movement", "Movement of the goods", &[COUNTERPARTY, COUNTRY, TRANSIT_COUNTRY, PURPOSE, TEMPORARY_TERM, GROUNDS, ADDITIONAL]),
    Section::new("signature", "Confirmation and signature", &[AUTHORIZED_PERSON, CONTACT_PERSON, CONFIRMATION]),
];

static CRYPTO_SECTIONS: [Section; 5] = [
    Section::new("applicant", "Applicant", &[APPLICANT_NAME, APPLICANT_ID]),
    Section::new("goods", "Goods", &[]).with_table(&CRYPTO_GOODS),
    Section::new("addresses", "Addresses and contacts", &[RECIPIENT_LEGAL_ADDRESS, RECIPIENT_ACTUAL_ADDRESS, CONTACT_PHONE, CONTACT_FAX, CONTACT_EMAIL]),
    Section::new(
        "movement",
        "Movement of the goods",
        &[
            COUNTERPARTY,
            COUNTRY,
            TRANSIT_COUNTRY,
            PURPOSE,
            TEMPORARY_TERM,
            GROUNDS,
            Field::new("technical-study-conclusion", "Conclusion on the technical study of the goods: registration number and date", Text, "Details of the conclusion on the technical study")
                .optional()
                .when(IMPORT)
                .help("Fill it in when you import encryption means for your organisation's own needs."),
            ADDITIONAL,
        ],
    ),
    Section::new("signature", "Confirmation and signature", &[AUTHORIZED_PERSON, CONTACT_PERSON, CONFIRMATION]),
];

static STUDY_GOODS_COLUMNS: [Field; 6] = [
    Field::new("name", "Product name indicating its composition", Text, "Product name indicating its composition"),
    Field::new("purpose", "Purpose", Text, "Purpose"),
    Field::new("model", "Model", Text, "Model"),
    Field::new("manufacturing-serial-number", "Manufacturing, serial number", Text, "Manufacturing , serial number").optional(),
    Field::new("quantity", "Quantity", Quantity, "Quantity"),
    Field::new("commodity-code", "EAEU commodity code (10 digits)", CommodityCode, "Code of the unified Commodity nomenclature"),
];
static STUDY_GOODS: Table = Table { id: "goods", title: "Goods to study", row_label: "Item", columns: &STUDY_GOODS_COLUMNS, min_rows: 1, seed: Some("Item №") };

static STUDY_SECTIONS: [Section; 5] = [
    Section::new("applicant", "Applicant", &[APPLICANT_NAME, APPLICANT_ID]),
    Section::new("goods", "Goods", &[]).with_table(&STUDY_GOODS),
    Section::new(
        "contract",
        "Contract",
        &[Field::new("contract", "Foreign trade agreement (contract), its annex or addendum, or another document confirming the intentions of the parties", LongText, "Foreign trade agreement (contract)")
            .optional()
            .help("Number and date of the document and the number of sheets, if there is one.")],
    ),
    Section::new("addresses", "Addresses and contacts", &[RECIPIENT_LEGAL_ADDRESS, RECIPIENT_ACTUAL_ADDRESS, CONTACT_PHONE, CONTACT_FAX, CONTACT_EMAIL, WEBSITE]),
    Section::new("signature", "Confirmation and signature", &[AUTHORIZED_PERSON, CONTACT_PERSON, CONFIRMATION]),
];

pub static FORMS: [FormSpec; 3] = [
    FormSpec {
        service: ServiceId::StmImportExport,
        annex: 3,
        title: "Application for a conclusion (permit) for import, export or transit of special technical means",
        applies: Applies::ALWAYS,
        request: "I ask to issue a conclusion (a permit) for",
        sections: &STM_SECTIONS,
        confirmation: SERVICE_CONFIRMATION,
        signatory: "Authorized person",
    },
    FormSpec {
        service: ServiceId::CryptoImportExport,
        annex: 3,
        title: "Application for a conclusion (permit) for import, export or transit of goods containing encryption (cryptographic) means",
        applies: Applies::ALWAYS,
        request: "I ask to issue a conclusion (permit) for",
        sections: &CRYPTO_SECTIONS,
        confirmation: SERVICE_CONFIRMATION,
        signatory: "Authorized person",
    },
    FormSpec {
        service: ServiceId::TechnicalStudy,
        annex: 3,
        title: "Application for a technical study for classification of goods as means of cryptographic protection of information and special technical means",
        applies: Applies::ALWAYS,
        request: "I ask you to conduct a technical study of the following goods for classification as the means of cryptographic protection of information and special technical means intended for operational-search activities",
        sections: &STUDY_SECTIONS,
        confirmation: SERVICE_CONFIRMATION,
        signatory: "Authorized person",
    },
];
