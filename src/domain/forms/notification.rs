//! Rules 7: the application (Annex 2) and the notification itself (Annex 3).
use super::parts::*;
use super::types::*;
use crate::domain::catalogue::{Applies, ServiceId};
use FieldKind::*;

static APPLICATION_SECTIONS: [Section; 4] = [
    Section::new("applicant", "Applicant", &[APPLICANT_NAME, APPLICANT_ID]),
    Section::new("goods", "Goods", &[Field::new("goods-name", "Name of goods (products)", Text, "Name of goods (products)")]),
    Section::new("addresses", "Addresses and contacts", &[RECIPIENT_LEGAL_ADDRESS, RECIPIENT_ACTUAL_ADDRESS, CONTACT_PHONE, CONTACT_FAX, CONTACT_EMAIL, WEBSITE]),
    Section::new("signature", "Confirmation and signature", &[AUTHORIZED_PERSON, CONFIRMATION]),
];

static ALGORITHM_COLUMNS: [Field; 3] = [
    Field::new("algorithm", "Cryptographic algorithm (function)", Text, "Used cryptographic algorithms (functions)"),
    Field::new("purpose", "Its purpose", Text, "their purpose"),
    Field::new("category", "Category number from Annex 4 (to the EAEU regulation)", Text, "category from Annex")
        .help("The number of the category from Annex No. 4 that the product falls under."),
];
static ALGORITHMS: Table = Table { id: "algorithms", title: "4. Cryptographic algorithms (functions) used and their purpose", row_label: "Algorithm", columns: &ALGORITHM_COLUMNS, min_rows: 1, seed: Some("Used cryptographic algorithms (functions) and their purpose") };

static NOTIFICATION_SECTIONS: [Section; 4] = [
    Section::new(
        "goods",
        "1–3. The goods and their manufacturer",
        &[
            Field::new(
                "subject",
                "The notification is on the characteristics of",
                Choice(&[choice("encryption-means", "Encryption (cryptographic) means"), choice("goods-containing", "Goods containing encryption (cryptographic) means")]),
                "On characteristics",
            ),
            Field::new("goods-name", "1. Name of goods", Text, "Name of goods"),
            Field::new("goods-purpose", "2. Purpose of goods", LongText, "Purpose of goods"),
            Field::new("manufacturer", "3. Information on the manufacturer of the goods", LongText, "Information on manufacturer of goods"),
        ],
    ),
    Section::new("algorithms", "4. Cryptographic algorithms", &[]).with_table(&ALGORITHMS),
    Section::new(
        "details",
        "5–8. Functionality, validity and authority",
        &[
            Field::new(
                "undocumented-functionality",
                "5. Functionality not described in the operational documentation provided to the user",
                LongText,
                "functionality not described in the operational documentation",
            )
            .help("State whether the product has any; if none, write \"none\"."),
            Field::new("valid-until", "6. Validity period of the notification (until)", Date, "The validity period of the notification"),
            Field::new("applicant-information", "7. Information about the applicant", LongText, "Information about the applicant"),
            Field::new("authority-document", "8. The manufacturer's document certifying your authority to issue the notification", LongText, "manufacturer's document certifying the authority")
                .optional()
                .help("If necessary: its name, number, date and legalization (apostille or consular legalization)."),
            Field::new("authority-document-foreign", "That document is in a foreign language", Checkbox, "")
                .derived()
                .optional()
                .help("Then a certified translation into the state or Russian language is needed too (Annex 1, row 8, subparagraph 4)."),
        ],
    ),
    Section::new("signature", "Confirmation and signature", &[AUTHORIZED_PERSON, Field::new("notification-confirmation", "I confirm the accuracy and completeness of the information in the notification", Checkbox, "I confirm the accuracy and completeness")]),
];

pub static FORMS: [FormSpec; 2] = [
    FormSpec {
        service: ServiceId::CryptoNotification,
        annex: 2,
        title: "Application for registration of a notification on the characteristics of goods containing encryption (cryptographic) means",
        applies: Applies::ALWAYS,
        request: "I ask you to register a notification on the characteristics of goods containing encryption (cryptographic) means.",
        sections: &APPLICATION_SECTIONS,
        confirmation: SERVICE_CONFIRMATION,
        signatory: "Authorized person",
    },
    FormSpec {
        service: ServiceId::CryptoNotification,
        annex: 3,
        title: "Notification on the characteristics of encryption (cryptographic) means and (or) goods containing them",
        applies: Applies::ALWAYS,
        request: "",
        sections: &NOTIFICATION_SECTIONS,
        confirmation: "",
        signatory: "Authorized person",
    },
];
