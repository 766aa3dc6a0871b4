#pragma once

#include "leads/leadquery.h"
#include "leads/segmentstore.h"
#include "metrics/metrics.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QButtonGroup;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QThread;

namespace lf {

class Database;
class FunnelChart;

/// One month of the conversion and velocity trend.
struct TrendPoint
{
    QDate month; ///< first day of the month, in the reporting zone
    qint64 leads = 0; ///< created in the month
    Maybe conversion; ///< lead conversion rate of the month's cohort, percent
    Maybe leadVelocityRate; ///< percent
};

/// Everything the dashboard shows, computed by MetricsService on a worker thread.
struct DashboardData
{
    quint64 generation = 0; ///< which request this answers
    bool complete = false; ///< false: funnel and KPIs only, the rest is still being computed
    std::optional<Error> error; ///< set when a metric could not be computed
    Period period;
    FunnelView view = FunnelView::Cohort;
    Funnel funnel;
    Kpis kpis;
    QList<TrendPoint> trend; ///< oldest first
    QList<Kpis> sources; ///< KPIs grouped by source
    QList<CampaignRow> campaigns;
    SlaReport sla; ///< grouped by owner
    Forecast forecast; ///< from the current month over the next ForecastMonths months
    QString currency;
    std::optional<LeadQuery> segment; ///< the filters of the segment the figures are for
    QString segmentName; ///< empty: all leads
};

/// The manager's dashboard: period and funnel view pickers, the funnel, KPI tiles, the
/// conversion and velocity trend, leads and cost per lead by source and campaign, SLA compliance
/// by owner and the forecast by expected close month; export as PNG or PDF.
///
/// All numbers come from MetricsService (definitions in docs/metrics.md), computed on a worker
/// thread with its own connection; while it runs a busy indicator shows and the page stays
/// responsive. A newer request supersedes one still running, whose result is dropped.
///
/// Charts follow the application palette (light or dark). The database is not owned and must
/// outlive the page.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    enum class PeriodPreset { ThisMonth, LastMonth, ThisQuarter, LastQuarter, ThisYear, Custom };
    Q_ENUM(PeriodPreset)

    /// Months of the trend (ending with the period's last month) and of the forecast.
    static constexpr int TrendMonths = 12;
    static constexpr int ForecastMonths = 6;

    explicit DashboardPage(Database &database, QWidget *parent = nullptr);
    ~DashboardPage() override;

    /// Recomputes every figure for the chosen period and view (asynchronously; see refreshed()).
    /// The page computes nothing before it is first shown or asked to.
    void refresh();
    /// Saves the dashboard as a PNG image / a PDF page. False (with a reason in lastError())
    /// when the file cannot be written.
    bool exportPng(const QString &path);
    bool exportPdf(const QString &path);
    QString lastError() const { return m_lastError; }

    void setPeriodPreset(PeriodPreset preset);
    PeriodPreset periodPreset() const;
    /// Chooses a custom period from from to to, both days included, and refreshes.
    void setCustomPeriod(QDate from, QDate toInclusive);
    void setFunnelView(FunnelView view);
    /// Reads the saved segments again (SegmentStore), keeping the chosen one where it still exists.
    void reloadSegments();
    /// Restricts the figures to the saved segment of that name (case-insensitive) and refreshes;
    /// an empty name means all leads. False when there is no such segment.
    bool setSegment(const QString &name);
    QString segmentName() const; ///< empty: all leads
    FunnelView funnelView() const { return m_view; }

    /// True while figures are being computed.
    bool isBusy() const { return m_busy; }
    /// The figures shown now (the latest complete or partial result).
    const DashboardData &data() const { return m_data; }
    FunnelChart *funnelChart() const { return m_funnel; }
    /// The chart with the given key: "trend", "forecast", "campaigns", "sources", "sla"; null for
    /// an unknown key. Its accessible description reads its figures out.
    QChartView *chartView(const QString &key) const;
    /// The value shown on the KPI tile with the given key ("conversion", "mql_to_sql",
    /// "sql_to_won", "win_rate", "velocity", "cycle", "sla", "first_contact", "pipeline",
    /// "weighted"); empty for an unknown key.
    QString kpiText(const QString &key) const;
    /// The query that lists the leads behind the funnel stage at index, for the shown period and
    /// view (see stageClicked()).
    LeadQuery queryForStage(Stage stage) const;

signals:
    /// A funnel stage was clicked or activated with the keyboard. Cohort view: the leads created
    /// in the period that are now in that stage or a later one of the funnel (lost counting as
    /// past SQL); activity view: the leads now in that stage. Within the chosen segment's filters.
    void stageClicked(const lf::LeadQuery &query);
    /// New figures are shown; complete is false for the first, partial result of a request.
    void refreshed(bool complete);
    /// A metric could not be computed; the message is shown on the page as well.
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createControls();
    void createContent();
    void presetChanged();
    void showData(const DashboardData &data);
    void showKpis();
    void showTrend();
    void showSources();
    /// Horizontal bars of lead counts, the first on top, in accent colour `colour`; `empty` is
    /// the note shown when there is none.
    void showLeadBars(QChart *chart, const QList<std::pair<QString, qint64>> &bars, int colour,
        const QString &empty);
    void showCampaigns();
    void showSla();
    void showForecast();
    void restyleCharts();
    void setBusy(bool busy);
    void exportPngClicked();
    void exportPdfClicked();
    QString money(qint64 minor) const;
    QChartView *addChart(const QString &title, const QString &accessibleName, int row, int column,
        int columnSpan = 1);

    Database &m_database;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; ///< lives in m_thread
    std::shared_ptr<std::atomic<quint64>> m_latest; ///< newest request; the worker skips others
    quint64 m_generation = 0;
    bool m_busy = false;
    FunnelView m_view = FunnelView::Cohort;
    DashboardData m_data;
    QString m_lastError;

    std::optional<LeadQuery> currentSegment() const;

    QList<Segment> m_segments;
    bool m_reloadingSegments = false;
    QComboBox *m_segment = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QButtonGroup *m_viewGroup = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_exportButton = nullptr; ///< with a menu: PNG, PDF
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;

    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_heading = nullptr;
    QGridLayout *m_grid = nullptr;
    FunnelChart *m_funnel = nullptr;
    struct Tile
    {
        QString key;
        QWidget *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
    };
    QList<Tile> m_tiles;
    QChartView *m_trendView = nullptr;
    QChartView *m_sourceView = nullptr;
    QChartView *m_campaignView = nullptr;
    QChartView *m_slaView = nullptr;
    QChartView *m_forecastView = nullptr;
};

} // namespace lf
