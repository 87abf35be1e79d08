//! Fees in monthly calculation indices (MCI) turned into tenge (kz-reference.md §1).
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// MCI in tenge by year, set by each year's republican budget law from 1 January.
/// 2022: fees and taxes kept 3 063 all year (the April figure 3 180 was for benefits only).
/// Sources: egov.kz "article_mci_2012", gov.kz/article/17157, budget law 2026–2028 (08.12.2025).
pub static MCI_BY_YEAR: &[(i32, u32)] = &[
    (2018, 2_405),
    (2019, 2_525),
    (2020, 2_778),
    (2021, 2_917),
    (2022, 3_063),
    (2023, 3_450),
    (2024, 3_692),
    (2025, 3_932),
    (2026, 4_325),
];

pub fn mci_for_year(year: i32) -> Option<u32> {
    MCI_BY_YEAR.iter().find(|(y, _)| *y == year).map(|(_, v)| *v)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FeeAmount {
    /// The fee in MCI as the Rules state it, e.g. "0.9".
    pub mci: String,
    pub tenge: u64,
    pub mci_value: u32,
    pub year: i32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum FeeError {
    /// The MCI of that year is not published (or outside the table): never guessed.
    MciUnknown { year: i32 },
}

impl std::fmt::Display for FeeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FeeError::MciUnknown { year } => write!(f, "The MCI for {year} is not yet published, so the fee in tenge cannot be computed."),
        }
    }
}

/// "0.9" for 9 tenths, "20" for 200.
pub fn mci_text(tenths: u32) -> String {
    match tenths % 10 {
        0 => (tenths / 10).to_string(),
        frac => format!("{}.{frac}", tenths / 10),
    }
}

/// The fee of `tenths` tenths of an MCI paid on `paid_on`, rounded half up to whole tenge
/// (tiyn are rounded: State Revenue Committee explanation, Tax Code 2026 art. 204).
pub fn fee_in_tenge(tenths: u32, paid_on: NaiveDate) -> Result<FeeAmount, FeeError> {
    let year = paid_on.year();
    let mci_value = mci_for_year(year).ok_or(FeeError::MciUnknown { year })?;
    let tenths_of_tenge = u64::from(tenths) * u64::from(mci_value);
    Ok(FeeAmount { mci: mci_text(tenths), tenge: (tenths_of_tenge + 5) / 10, mci_value, year })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn fees_in_2026() {
        // 20 MCI × 4 325 = 86 500; 2 MCI = 8 650; 9 MCI = 38 925; 0.9 MCI = 3 892.50 → 3 893.
        assert_eq!(fee_in_tenge(200, on(2026, 5, 27)).unwrap().tenge, 86_500);
        assert_eq!(fee_in_tenge(20, on(2026, 1, 1)).unwrap().tenge, 8_650);
        assert_eq!(fee_in_tenge(90, on(2026, 12, 31)).unwrap().tenge, 38_925);
        let fee = fee_in_tenge(9, on(2026, 6, 1)).unwrap();
        assert_eq!((fee.tenge, fee.mci.as_str(), fee.mci_value, fee.year), (3_893, "0.9", 4_325, 2026));
    }

    #[test]
    fn the_payment_year_decides_the_mci() {
        assert_eq!(fee_in_tenge(200, on(2025, 12, 31)).unwrap().tenge, 78_640);
        assert_eq!(fee_in_tenge(200, on(2022, 6, 1)).unwrap().mci_value, 3_063);
        // 0.9 × 2 917 = 2 625.3 → 2 625 (rounds down below a half).
        assert_eq!(fee_in_tenge(9, on(2021, 3, 1)).unwrap().tenge, 2_625);
    }

    #[test]
    fn an_unpublished_year_is_an_error_not_a_guess() {
        let err = fee_in_tenge(200, on(2027, 1, 4)).unwrap_err();
        assert_eq!(err, FeeError::MciUnknown { year: 2027 });
        assert_eq!(err.to_string(), "The MCI for 2027 is not yet published, so the fee in tenge cannot be computed.");
        assert!(fee_in_tenge(200, on(2017, 1, 4)).is_err());
    }
}
