//! Rows pasted from a spreadsheet (tab-separated, one row per line) into a table.
use super::types::Table;
use super::validate::{check, Context};
use crate::domain::draft::Row;
use crate::domain::validators::Invalid;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowOutcome {
    Added,
    /// The line had this many cells where the table has `expected` columns.
    WrongCellCount { found: usize, expected: usize },
    /// These columns (labels) held values that are not valid.
    InvalidCells(Vec<(&'static str, Invalid)>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineReport {
    /// 1-based line number in the pasted text.
    pub line: usize,
    pub outcome: RowOutcome,
}

/// Splits `text` into rows for `table`; valid rows are returned, every non-empty line reported.
/// A first line that repeats the column labels is taken as a header and skipped.
pub fn parse_rows(table: &Table, text: &str, ctx: Context) -> (Vec<Row>, Vec<LineReport>) {
    let mut rows = Vec::new();
    let mut report = Vec::new();
    let expected = table.columns.len();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.trim_end_matches('\r').split('\t').map(str::trim).collect();
        let header = index == 0 && cells.first().is_some_and(|c| c.eq_ignore_ascii_case(table.columns[0].label));
        if header {
            continue;
        }
        let outcome = if cells.len() != expected {
            RowOutcome::WrongCellCount { found: cells.len(), expected }
        } else {
            let mut row = Row::new();
            let mut invalid = Vec::new();
            for (column, cell) in table.columns.iter().zip(&cells) {
                if cell.is_empty() {
                    if column.required {
                        invalid.push((column.label, Invalid::Required));
                    }
                    continue;
                }
                match check(column.kind, cell, ctx) {
                    Ok(accepted) => {
                        row.insert(column.id.to_owned(), accepted.value);
                    }
                    Err(e) => invalid.push((column.label, e)),
                }
            }
            if invalid.is_empty() {
                rows.push(row);
                RowOutcome::Added
            } else {
                RowOutcome::InvalidCells(invalid)
            }
        };
        report.push(LineReport { line: index + 1, outcome });
    }
    (rows, report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::{ApplicantKind, ServiceId};
    use crate::domain::forms::form;
    use chrono::NaiveDate;

    fn goods() -> &'static Table {
        form(ServiceId::StmImportExport, 3).unwrap().sections.iter().find_map(|s| s.table).unwrap()
    }

    fn ctx() -> Context {
        Context { kind: ApplicantKind::LegalEntity, today: NaiveDate::from_ymd_opt(2026, 12, 3).unwrap() }
    }

    #[test]
    fn good_rows_are_added_and_bad_ones_reported() {
        let text = "Product name indicating its composition\tModel\tManufacturing number\tSerial number\tQuantity\tCode\n\
                    Receiver (antenna, unit)\tR-1\tM1\tS1\t2\t8543 70 900 0\n\
                    Recorder\tX\t\t\t0\t8543709000\n\
                    Too\tfew\n\
                    \n\
                    Camera\tC-2\t\tS9\t1\t8525890000\r\n";
        let (rows, report) = parse_rows(goods(), text, ctx());
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0]["commodity-code"], "8543709000");
        assert_eq!(rows[1]["name"], "Camera");
        assert_eq!(report[0], LineReport { line: 2, outcome: RowOutcome::Added });
        assert_eq!(report[1], LineReport { line: 3, outcome: RowOutcome::InvalidCells(vec![("Quantity", Invalid::Number)]) });
        assert_eq!(report[2], LineReport { line: 4, outcome: RowOutcome::WrongCellCount { found: 2, expected: 6 } });
        assert_eq!(report.len(), 4);
    }

    #[test]
    fn five_hundred_rows_paste() {
        let text: String = (0..500).map(|i| format!("Item {i}\tM\t\t\t{}\t8543709000\n", i + 1)).collect();
        let (rows, report) = parse_rows(goods(), &text, ctx());
        assert_eq!(rows.len(), 500);
        assert!(report.iter().all(|r| r.outcome == RowOutcome::Added));
    }
}
