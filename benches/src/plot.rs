//! The report's plots, drawn with `plotters` as SVG and PNG.
//!
//! - `speed`: horizontal bars, one group per benchmark row, one bar per
//!   implementation, length = speed relative to CPython on a log scale (the
//!   line at 1 is CPython).  A failed cell is marked "failed" in place of
//!   its bar.
//! - `threads`: one panel per thread program, speed-up over the same
//!   implementation's 1-thread time against the thread count (log-log),
//!   with the ideal (linear) speed-up dashed.
//!
//! Text needs a TrueType font: plotters is built with its `ab_glyph`
//! feature (pure Rust, no fontconfig or system libraries) and the font file
//! is read at run time, by default DejaVu Sans from Debian's
//! `fonts-dejavu-core` package; `--font FILE` picks another.  Without a
//! font the plots are skipped with a warning and the rest of the report is
//! still written.

use std::error::Error;
use std::path::Path;

use plotters::coord::Shift;
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::report::{CPYTHON, Report, Status, label};

pub const DEFAULT_FONT: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

type PlotResult = Result<(), Box<dyn Error>>;

/// Registers the font that plotters' "sans-serif" family will use.
pub fn load_font(path: &Path) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| {
        format!(
            "{}: {e} (install Debian's fonts-dejavu-core or pass --font FILE.ttf)",
            path.display()
        )
    })?;
    // plotters keeps registered fonts for the life of the program.
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    plotters::style::register_font("sans-serif", FontStyle::Normal, bytes)
        .map_err(|_| format!("{}: not a usable TrueType font", path.display()))
}

fn impl_color(name: &str, index: usize) -> RGBColor {
    match name {
        "taipan" => RGBColor(31, 119, 180),
        "taipan-nojit" => RGBColor(44, 160, 44),
        "pypy" => RGBColor(214, 39, 40),
        CPYTHON => RGBColor(100, 100, 100),
        _ => {
            let (r, g, b) = Palette99::pick(index).to_rgba().rgb();
            RGBColor(r, g, b)
        }
    }
}

/// Writes `<stem>.svg` and `<stem>.png` for both plots into `dir`; returns
/// the names of the files written.
pub fn write_all(r: &Report, dir: &Path, prefix: &str) -> Result<Vec<String>, String> {
    let mut files = Vec::new();
    let rows = r.rows().len();
    let speed_size = (1000u32, 140 + 26 * rows.max(1) as u32);
    let stem = format!("{prefix}speed");
    {
        let svg = dir.join(format!("{stem}.svg"));
        let root = SVGBackend::new(&svg, speed_size).into_drawing_area();
        draw_speed(r, &root).map_err(|e| format!("{}: {e}", svg.display()))?;
        root.present().map_err(|e| e.to_string())?;
        files.push(format!("{stem}.svg"));
    }
    {
        let png = dir.join(format!("{stem}.png"));
        let root = BitMapBackend::new(&png, speed_size).into_drawing_area();
        draw_speed(r, &root).map_err(|e| format!("{}: {e}", png.display()))?;
        root.present().map_err(|e| e.to_string())?;
        files.push(format!("{stem}.png"));
    }
    let programs = thread_programs(r);
    if !programs.is_empty() {
        let cols = programs.len().min(3) as u32;
        let grid_rows = programs.len().div_ceil(3) as u32;
        let size = (cols * 420, 60 + grid_rows * 330);
        let stem = format!("{prefix}threads");
        {
            let svg = dir.join(format!("{stem}.svg"));
            let root = SVGBackend::new(&svg, size).into_drawing_area();
            draw_threads(r, &programs, &root).map_err(|e| format!("{}: {e}", svg.display()))?;
            root.present().map_err(|e| e.to_string())?;
            files.push(format!("{stem}.svg"));
        }
        {
            let png = dir.join(format!("{stem}.png"));
            let root = BitMapBackend::new(&png, size).into_drawing_area();
            draw_threads(r, &programs, &root).map_err(|e| format!("{}: {e}", png.display()))?;
            root.present().map_err(|e| e.to_string())?;
            files.push(format!("{stem}.png"));
        }
    }
    Ok(files)
}

/// Powers of ten (and 2x, 5x steps) covering `lo..hi`, for log-axis ticks.
pub fn log_ticks(lo: f64, hi: f64) -> Vec<f64> {
    let mut ticks = Vec::new();
    let mut decade = 10f64.powi(lo.log10().floor() as i32);
    while decade <= hi {
        for m in [1.0, 2.0, 5.0] {
            let t = decade * m;
            if t >= lo && t <= hi {
                ticks.push(t);
            }
        }
        decade *= 10.0;
    }
    ticks
}

fn fmt_tick(x: f64) -> String {
    if x >= 1.0 {
        format!("{x:.0}x")
    } else {
        format!("{}x", (x * 1000.0).round() / 1000.0)
    }
}

/// The speed plot's vertical axis: `n` rows centred on 0, 1, ..., n-1,
/// with a tick (and label) exactly at each row.
struct RowAxis(usize);

impl Ranged for RowAxis {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, v: &f64, limit: (i32, i32)) -> i32 {
        let frac = (v + 0.5) / self.0 as f64;
        limit.0 + (frac * (limit.1 - limit.0) as f64).round() as i32
    }

    fn key_points<Hint: KeyPointHint>(&self, _hint: Hint) -> Vec<f64> {
        (0..self.0).map(|i| i as f64).collect()
    }

    fn range(&self) -> std::ops::Range<f64> {
        -0.5..self.0 as f64 - 0.5
    }
}

fn draw_speed<DB: DrawingBackend>(r: &Report, root: &DrawingArea<DB, Shift>) -> PlotResult
where
    DB::ErrorType: 'static,
{
    root.fill(&WHITE)?;
    let rows = r.rows();
    let impls: Vec<&str> = r
        .run_impls()
        .into_iter()
        .filter(|i| *i != CPYTHON)
        .collect();
    let n = rows.len().max(1);
    let ratios: Vec<f64> = r.cells.iter().filter_map(|c| r.ratio(c)).collect();
    let lo = ratios.iter().copied().fold(0.5f64, f64::min) / 1.5;
    let hi = ratios.iter().copied().fold(2.0f64, f64::max) * 1.5;
    let names: Vec<String> = rows.iter().map(|(p, t, _)| label(p, *t)).collect();
    // Row i is drawn at y = n-1-i so that the first row is at the top.
    let label_of = |y: &f64| {
        let i = n as i64 - 1 - y.round() as i64;
        names.get(i.max(0) as usize).cloned().unwrap_or_default()
    };
    let title = if r.config.quick {
        "Speed relative to CPython (QUICK smoke run: not a measurement)"
    } else {
        "Speed relative to CPython (higher is faster; log scale)"
    };
    let mut chart = ChartBuilder::on(root)
        .caption(title, ("sans-serif", 20))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(190)
        .build_cartesian_2d(
            (lo..hi).log_scale().with_key_points(log_ticks(lo, hi)),
            RowAxis(n),
        )?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .x_label_formatter(&|x| fmt_tick(*x))
        .y_label_formatter(&label_of)
        .x_desc("CPython time / implementation time (median)")
        .label_style(("sans-serif", 13))
        .draw()?;
    chart
        .draw_series(std::iter::once(PathElement::new(
            vec![(1.0, -0.5), (1.0, n as f64 - 0.5)],
            BLACK.stroke_width(2),
        )))?
        .label("CPython (1x)")
        .legend(|(x, y)| {
            PathElement::new(vec![(x + 7, y - 6), (x + 7, y + 6)], BLACK.stroke_width(2))
        });
    let k = impls.len().max(1) as f64;
    let band = 0.8 / k;
    for (j, imp) in impls.iter().enumerate() {
        let color = impl_color(imp, j);
        let mut bars = Vec::new();
        let mut failed = Vec::new();
        for (i, (p, t, _)) in rows.iter().enumerate() {
            let y = (n - 1 - i) as f64;
            // First implementation on top within a group.
            let y1 = y + 0.4 - j as f64 * band;
            let y0 = y1 - band;
            let Some(cell) = r.cell(p, *t, imp) else {
                continue;
            };
            match (&cell.status, r.ratio(cell)) {
                (Status::Ok, Some(ratio)) => {
                    bars.push(Rectangle::new([(lo, y0), (ratio, y1)], color.filled()))
                }
                (Status::Failed(_), _) => failed.push((lo * 1.05, (y0 + y1) / 2.0)),
                _ => {}
            }
        }
        chart
            .draw_series(bars)?
            .label(*imp)
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 14, y + 5)], color.filled()));
        chart.draw_series(failed.into_iter().map(|(x, y)| {
            Text::new(
                format!("{imp}: failed"),
                (x, y),
                ("sans-serif", 11)
                    .into_font()
                    .color(&color)
                    .pos(Pos::new(HPos::Left, VPos::Center)),
            )
        }))?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .label_font(("sans-serif", 14))
        .draw()?;
    Ok(())
}

/// Thread programs that have at least one thread count, in report order.
fn thread_programs(r: &Report) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (p, t, _) in r.rows() {
        if t.is_some() && !out.contains(&p) {
            out.push(p);
        }
    }
    out
}

/// (threads, speed-up over 1 thread) for one program and implementation.
pub fn scaling(r: &Report, program: &str, imp: &str) -> Vec<(f64, f64)> {
    let Some(base) = r.cell(program, Some(1), imp).and_then(|c| c.median()) else {
        return vec![];
    };
    let mut pts: Vec<(f64, f64)> = r
        .cells
        .iter()
        .filter(|c| c.program == program && c.imp == imp)
        .filter_map(|c| Some((c.threads? as f64, base / c.median()?)))
        .collect();
    pts.sort_by(|a, b| a.0.total_cmp(&b.0));
    pts
}

fn draw_threads<DB: DrawingBackend>(
    r: &Report,
    programs: &[String],
    root: &DrawingArea<DB, Shift>,
) -> PlotResult
where
    DB::ErrorType: 'static,
{
    root.fill(&WHITE)?;
    let title = if r.config.quick {
        "Thread scaling (QUICK smoke run: not a measurement)"
    } else {
        "Thread scaling: speed-up over 1 thread, same implementation"
    };
    let root = root.titled(title, ("sans-serif", 20))?;
    let cols = programs.len().min(3);
    let grid_rows = programs.len().div_ceil(3);
    let panels = root.split_evenly((grid_rows, cols));
    let impls = r.run_impls();
    let max_t = r.config.threads.iter().copied().max().unwrap_or(8).max(2) as f64;
    for (program, panel) in programs.iter().zip(panels.iter()) {
        let curves: Vec<(usize, &str, Vec<(f64, f64)>)> = impls
            .iter()
            .enumerate()
            .map(|(j, imp)| (j, *imp, scaling(r, program, imp)))
            .collect();
        let top = curves
            .iter()
            .flat_map(|(_, _, c)| c.iter().map(|p| p.1))
            .fold(max_t, f64::max)
            * 1.2;
        let bottom = curves
            .iter()
            .flat_map(|(_, _, c)| c.iter().map(|p| p.1))
            .fold(0.5f64, f64::min)
            / 1.2;
        let failed: Vec<&str> = impls
            .iter()
            .copied()
            .filter(|imp| {
                r.cells
                    .iter()
                    .any(|c| &c.program == program && c.imp == *imp && c.status != Status::Ok)
            })
            .collect();
        let caption = if failed.is_empty() {
            program.clone()
        } else {
            format!("{program} (failed: {})", failed.join(", "))
        };
        let thread_ticks: Vec<f64> = r.config.threads.iter().map(|t| *t as f64).collect();
        let mut chart = ChartBuilder::on(panel)
            .caption(caption, ("sans-serif", 15))
            .margin(10)
            .x_label_area_size(30)
            .y_label_area_size(40)
            .build_cartesian_2d(
                (0.8..max_t * 1.25)
                    .log_scale()
                    .with_key_points(thread_ticks),
                (bottom..top)
                    .log_scale()
                    .with_key_points(log_ticks(bottom, top)),
            )?;
        chart
            .configure_mesh()
            .x_desc("threads")
            .y_desc("speed-up")
            .y_label_formatter(&|y| fmt_tick(*y))
            .x_label_formatter(&|x| format!("{x:.0}"))
            .label_style(("sans-serif", 12))
            .draw()?;
        chart
            .draw_series(DashedLineSeries::new(
                vec![(1.0, 1.0), (max_t, max_t)],
                6,
                4,
                BLACK.stroke_width(1),
            ))?
            .label("ideal")
            .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], BLACK));
        for (j, imp, pts) in curves {
            if pts.is_empty() {
                continue;
            }
            let color = impl_color(imp, j);
            chart
                .draw_series(LineSeries::new(pts.clone(), color.stroke_width(2)))?
                .label(imp)
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 14, y)], color.stroke_width(2))
                });
            chart.draw_series(pts.iter().map(|p| Circle::new(*p, 3, color.filled())))?;
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.9))
            .border_style(BLACK)
            .label_font(("sans-serif", 12))
            .draw()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::{cell, sample};

    #[test]
    fn ticks_cover_range() {
        assert_eq!(log_ticks(0.3, 30.0), vec![0.5, 1.0, 2.0, 5.0, 10.0, 20.0]);
        assert_eq!(fmt_tick(0.5), "0.5x");
        assert_eq!(fmt_tick(20.0), "20x");
    }

    #[test]
    fn scaling_is_relative_to_one_thread() {
        let mut r = sample();
        r.cells
            .push(cell("threads_cpu", Some(1), "cpython", &[2.0]));
        let s = scaling(&r, "threads_cpu", "cpython");
        assert_eq!(s, vec![(1.0, 1.0), (2.0, 2.0)]);
        assert!(scaling(&r, "threads_cpu", "taipan").is_empty());
    }

    #[test]
    fn plots_are_written() {
        if load_font(Path::new(DEFAULT_FONT)).is_err() {
            eprintln!("skipping: no font at {DEFAULT_FONT}");
            return;
        }
        let mut r = sample();
        r.cells
            .push(cell("threads_cpu", Some(1), "cpython", &[2.0]));
        let dir = std::env::temp_dir().join(format!("taipan-bench-plot-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let files = write_all(&r, &dir, "t-").unwrap();
        assert_eq!(
            files,
            [
                "t-speed.svg",
                "t-speed.png",
                "t-threads.svg",
                "t-threads.png"
            ]
        );
        let svg = std::fs::read_to_string(dir.join("t-speed.svg")).unwrap();
        assert!(svg.contains("<svg") && svg.contains("fib"));
        let png = std::fs::read(dir.join("t-threads.png")).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
