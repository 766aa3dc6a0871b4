#include "dashboardpage.h"

#include "filedialogs.h"
#include "funnelchart.h"
#include "io/outputfile.h"
#include "leads/segmentstore.h"
#include "storage/database.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QButtonGroup>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSet>
#include <QShowEvent>
#include <QStackedBarSeries>
#include <QThread>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lf {

namespace {

/// What the worker is asked to compute.
struct Request
{
    quint64 generation = 0;
    DashboardPage::PeriodPreset preset = DashboardPage::PeriodPreset::ThisQuarter;
    QDate from;
    QDate toInclusive;
    FunnelView view = FunnelView::Cohort;
    std::optional<LeadQuery> segment; ///< the filters of the chosen saved segment
    QString segmentName;
};

Result<Period> resolvePeriod(const Request &request, const QTimeZone &zone)
{
    using P = DashboardPage::PeriodPreset;
    const QDate today = QDateTime::currentDateTime().toTimeZone(zone).date();
    const QDate month(today.year(), today.month(), 1);
    const QDate quarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    // "This ..." periods end today (inclusive): a month still to come has no leads, and its lead
    // velocity would read as a fall of 100 %.
    const QDate tomorrow = today.addDays(1);
    switch (request.preset) {
    case P::ThisMonth:
        return Period::fromDates(month, tomorrow, zone);
    case P::LastMonth:
        return Period::fromDates(month.addMonths(-1), month, zone);
    case P::ThisQuarter:
        return Period::fromDates(quarter, tomorrow, zone);
    case P::LastQuarter:
        return Period::fromDates(quarter.addMonths(-3), quarter, zone);
    case P::ThisYear:
        return Period::fromDates(QDate(today.year(), 1, 1), tomorrow, zone);
    case P::Custom:
        return Period::fromDates(request.from, request.toInclusive.addDays(1), zone);
    }
    return fail(ErrorCode::Invalid, DashboardPage::tr("Unknown period."));
}

/// Computes DashboardData with its own connection, on the thread it lives in.
class DashboardWorker : public QObject
{
    Q_OBJECT

public:
    DashboardWorker(const Database &database, std::shared_ptr<std::atomic<quint64>> latest)
        : m_database(database)
        , m_latest(std::move(latest))
    {
    }

    void compute(const Request &request)
    {
        if (stale(request))
            return;
        DashboardData data;
        data.generation = request.generation;
        data.view = request.view;
        data.segment = request.segment;
        data.segmentName = request.segmentName;
        if (auto status = computeAll(request, data); !status) {
            data.error = status.error();
            data.complete = true;
            emit ready(data);
        }
    }

signals:
    void ready(const lf::DashboardData &data);

private:
    bool stale(const Request &request) const { return m_latest->load() != request.generation; }

    Status computeAll(const Request &request, DashboardData &data)
    {
        auto connection = Connection::open(m_database, QStringLiteral("dashboard"));
        if (!connection)
            return fail(connection.error());
        MetricsService metrics((*connection)->sql());
        if (request.segment)
            metrics.setSegment(*request.segment);
        const Result<QTimeZone> zone = metrics.timeZone();
        if (!zone)
            return fail(zone.error());
        const Result<Period> period = resolvePeriod(request, *zone);
        if (!period)
            return fail(period.error());
        data.period = *period;

        // First what the top of the page shows, at once.
        const auto funnels = metrics.funnel(*period, request.view, GroupBy::None);
        if (!funnels)
            return fail(funnels.error());
        if (!funnels->isEmpty())
            data.funnel = funnels->first();
        const auto kpis = metrics.kpis(*period, GroupBy::None);
        if (!kpis)
            return fail(kpis.error());
        if (!kpis->isEmpty())
            data.kpis = kpis->first();
        const QDate thisMonth = [&] {
            const QDate today = QDateTime::currentDateTime().toTimeZone(*zone).date();
            return QDate(today.year(), today.month(), 1);
        }();
        const auto horizon =
            Period::fromDates(thisMonth, thisMonth.addMonths(DashboardPage::ForecastMonths), *zone);
        if (!horizon)
            return fail(horizon.error());
        const auto forecast = metrics.forecast(*horizon);
        if (!forecast)
            return fail(forecast.error());
        data.forecast = *forecast;
        data.currency = forecast->currency;
        if (stale(request))
            return {};
        emit ready(data);

        // Then the trend, month by month, ending with the period's last month.
        const QDate last = QDateTime::fromMSecsSinceEpoch(period->toMs - 1, *zone).date();
        const QDate end = QDate(last.year(), last.month(), 1).addMonths(1);
        for (int i = DashboardPage::TrendMonths; i > 0; --i) {
            if (stale(request))
                return {};
            const QDate start = end.addMonths(-i);
            const auto month = Period::fromDates(start, start.addMonths(1), *zone);
            if (!month)
                return fail(month.error());
            const auto monthKpis = metrics.kpis(*month, GroupBy::None);
            if (!monthKpis)
                return fail(monthKpis.error());
            TrendPoint point;
            point.month = start;
            if (!monthKpis->isEmpty()) {
                point.leads = monthKpis->first().leads;
                point.conversion = monthKpis->first().conversion.percent();
                point.leadVelocityRate = monthKpis->first().leadVelocityRate;
            }
            data.trend.append(point);
        }
        if (stale(request))
            return {};
        const auto sources = metrics.kpis(*period, GroupBy::Source);
        if (!sources)
            return fail(sources.error());
        data.sources = *sources;
        const auto campaigns = metrics.campaigns(*period);
        if (!campaigns)
            return fail(campaigns.error());
        data.campaigns = *campaigns;
        if (stale(request))
            return {};
        const auto sla = metrics.sla(*period, GroupBy::Owner);
        if (!sla)
            return fail(sla.error());
        data.sla = *sla;
        data.complete = true;
        if (!stale(request))
            emit ready(data);
        return {};
    }

    const Database &m_database;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

const QString NotAvailable = QStringLiteral("—");

QString percentText(Maybe value)
{
    return value ? DashboardPage::tr("%1 %").arg(QLocale().toString(*value, 'f', 1)) : NotAvailable;
}

QString daysText(MaybeMs ms)
{
    return ms
        ? DashboardPage::tr("%1 days").arg(QLocale().toString(double(*ms) / 86400000.0, 'f', 1))
        : NotAvailable;
}

QString hoursText(MaybeMs ms)
{
    if (!ms)
        return NotAvailable;
    if (*ms < 3600000)
        return DashboardPage::tr("%1 min").arg(QLocale().toString(double(*ms) / 60000.0, 'f', 0));
    return DashboardPage::tr("%1 h").arg(QLocale().toString(double(*ms) / 3600000.0, 'f', 1));
}

QString currencySymbol(const QString &code)
{
    if (code == u"USD")
        return QStringLiteral("$");
    if (code == u"EUR")
        return QStringLiteral("€");
    if (code == u"GBP")
        return QStringLiteral("£");
    if (code == u"JPY")
        return QStringLiteral("¥");
    return code.isEmpty() ? QString() : code + u' ';
}

/// Removes every series and axis of chart (to build it anew).
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/// A note in the middle of a chart's plot area ("No leads in this period"), or none.
void setChartNote(QChart *chart, const QString &text)
{
    QGraphicsSimpleTextItem *item = nullptr;
    const QList<QGraphicsItem *> children = chart->childItems();
    for (QGraphicsItem *child : children)
        if (child->data(0).toString() == u"note")
            item = static_cast<QGraphicsSimpleTextItem *>(child);
    if (!item) {
        item = new QGraphicsSimpleTextItem(chart);
        item->setData(0, QStringLiteral("note"));
        item->setZValue(20);
        QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart, item](const QRectF &area) {
            Q_UNUSED(chart)
            const QRectF box = item->boundingRect();
            item->setPos(area.center() - QPointF(box.width() / 2, box.height() / 2));
        });
    }
    item->setText(text);
    item->setVisible(!text.isEmpty());
    const QRectF box = item->boundingRect();
    item->setPos(chart->plotArea().center() - QPointF(box.width() / 2, box.height() / 2));
}

/// A text version of a chart for screen readers: per category its values, top to bottom; per
/// line its points.
void describeChart(QChartView *view)
{
    QStringList parts;
    const QLocale locale;
    const QList<QAbstractSeries *> series = view->chart()->series();
    for (QAbstractSeries *one : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(one)) {
            QStringList categories;
            const QList<QAbstractAxis *> axes = bars->attachedAxes();
            for (QAbstractAxis *axis : axes)
                if (auto *category = qobject_cast<QBarCategoryAxis *>(axis))
                    categories = category->categories();
            QStringList rows;
            for (int i = 0; i < categories.size(); ++i) {
                QStringList values;
                const QList<QBarSet *> sets = bars->barSets();
                for (QBarSet *set : sets)
                    if (i < set->count())
                        values.append(DashboardPage::tr("%1 %2").arg(
                            set->label(), locale.toString(set->at(i), 'g', 8)));
                rows.append(DashboardPage::tr("%1: %2").arg(
                    categories[i].trimmed(), values.join(QStringLiteral(", "))));
            }
            if (qobject_cast<QHorizontalBarSeries *>(bars)
                || qobject_cast<QHorizontalStackedBarSeries *>(bars))
                std::reverse(rows.begin(), rows.end()); // drawn bottom up, read top down
            parts += rows;
        } else if (auto *line = qobject_cast<QLineSeries *>(one)) {
            QStringList labels;
            const QList<QAbstractAxis *> axes = line->attachedAxes();
            for (QAbstractAxis *axis : axes)
                if (auto *category = qobject_cast<QCategoryAxis *>(axis))
                    labels = category->categoriesLabels();
            QStringList points;
            const QList<QPointF> values = line->points();
            for (const QPointF &point : values) {
                const int x = int(point.x());
                points.append(DashboardPage::tr("%1 %2").arg(
                    x >= 0 && x < labels.size() ? labels[x] : locale.toString(x),
                    locale.toString(point.y(), 'f', 1)));
            }
            parts.append(
                DashboardPage::tr("%1: %2").arg(line->name(), points.join(QStringLiteral(", "))));
        }
    }
    view->setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

/// The chart's frame shows where the keyboard focus is: the highlight colour, 2 px.
void showFocus(QChartView *view)
{
    const QPalette palette = view->palette();
    if (view->hasFocus()) {
        view->chart()->setBackgroundPen(QPen(palette.color(QPalette::Highlight), 2));
    } else {
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::WindowText);
        view->chart()->setBackgroundPen(
            QPen(QColor::fromRgbF(float(base.redF() * 0.85 + text.redF() * 0.15),
                     float(base.greenF() * 0.85 + text.greenF() * 0.15),
                     float(base.blueF() * 0.85 + text.blueF() * 0.15)),
                1));
    }
}

/// Bars of a category chart: thinner when there are few, so one bar does not fill the chart.
qreal barWidthFor(qsizetype categories)
{
    return categories <= 2 ? 0.3 : categories <= 4 ? 0.5 : 0.65;
}

/// Series colours that read on both palettes.
QColor accent(int index, bool dark)
{
    static const QColor light[] = {QColor(0x2f, 0x6f, 0xb7), QColor(0xe0, 0x7b, 0x24),
        QColor(0x2e, 0x9e, 0x5b), QColor(0xc8, 0x3c, 0x3c), QColor(0x8a, 0x8f, 0x98)};
    static const QColor darkColors[] = {QColor(0x4f, 0x9d, 0xe8), QColor(0xf2, 0x9b, 0x4b),
        QColor(0x4c, 0xc3, 0x7c), QColor(0xe8, 0x62, 0x62), QColor(0x9a, 0xa0, 0xaa)};
    return dark ? darkColors[index % 5] : light[index % 5];
}

} // namespace

DashboardPage::DashboardPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    setAccessibleName(tr("Dashboard"));
    createControls();
    createContent();
    reloadSegments();

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("dashboard"));
    auto *worker = new DashboardWorker(database, m_latest);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &DashboardWorker::ready, this, [this](const DashboardData &data) {
        if (data.generation != m_generation)
            return; // superseded
        if (data.complete)
            setBusy(false);
        showData(data);
    });
    m_worker = worker;
    m_thread->start();
}

DashboardPage::~DashboardPage()
{
    // The date fields say "editing finished" as they lose focus while the children are deleted,
    // after this page's own part is gone: nothing of theirs may reach it from here on.
    for (QObject *sender : {static_cast<QObject *>(m_from), static_cast<QObject *>(m_to),
             static_cast<QObject *>(m_segment), static_cast<QObject *>(m_period)})
        sender->disconnect(this);
    m_latest->store(0); // whatever runs stops at its next step
    m_thread->quit();
    m_thread->wait();
}

void DashboardPage::createControls()
{
    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("This month to date"), int(PeriodPreset::ThisMonth));
    m_period->addItem(tr("Last month"), int(PeriodPreset::LastMonth));
    m_period->addItem(tr("This quarter to date"), int(PeriodPreset::ThisQuarter));
    m_period->addItem(tr("Last quarter"), int(PeriodPreset::LastQuarter));
    m_period->addItem(tr("This year to date"), int(PeriodPreset::ThisYear));
    m_period->addItem(tr("Custom…"), int(PeriodPreset::Custom));
    m_period->setCurrentIndex(int(PeriodPreset::ThisQuarter));
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);

    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From (first day included)"));
    m_to = new QDateEdit(today, this);
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("To (last day included)"));
    auto *toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    m_from->setEnabled(false);
    m_to->setEnabled(false);

    m_segment = new QComboBox(this);
    m_segment->setAccessibleName(tr("Segment"));
    m_segment->setToolTip(tr("Show the figures of a saved segment's leads only."));
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *segmentLabel = new QLabel(tr("&Segment:"), this);
    segmentLabel->setBuddy(m_segment);

    auto *viewLabel = new QLabel(tr("Funnel:"), this);
    auto *cohort = new QRadioButton(tr("C&ohort"), this);
    cohort->setChecked(true);
    cohort->setAccessibleName(tr("Cohort view"));
    cohort->setToolTip(tr("Leads created in the period, however far they got."));
    auto *activity = new QRadioButton(tr("&Activity"), this);
    activity->setAccessibleName(tr("Activity view"));
    activity->setToolTip(tr("Stage entries that happened in the period, whoever made them."));
    m_viewGroup = new QButtonGroup(this);
    m_viewGroup->setExclusive(true);
    m_viewGroup->addButton(cohort, int(FunnelView::Cohort));
    m_viewGroup->addButton(activity, int(FunnelView::Activity));

    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(90);
    m_busyBar->setMaximumHeight(12);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Calculating"));
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Status"));

    m_refreshButton = new QPushButton(tr("&Refresh"), this);
    m_refreshButton->setAccessibleName(tr("Refresh the dashboard"));
    m_exportButton = new QPushButton(tr("E&xport"), this);
    m_exportButton->setAccessibleName(tr("Export the dashboard"));
    auto *exportMenu = new QMenu(m_exportButton);
    QAction *png = exportMenu->addAction(tr("As PNG &image…"));
    QAction *pdf = exportMenu->addAction(tr("As P&DF document…"));
    m_exportButton->setMenu(exportMenu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addSpacing(16);
    bar->addWidget(segmentLabel);
    bar->addWidget(m_segment);
    bar->addSpacing(16);
    bar->addWidget(viewLabel);
    bar->addWidget(cohort);
    bar->addWidget(activity);
    bar->addStretch(1);
    bar->addWidget(m_busyBar);
    bar->addWidget(m_status);
    bar->addSpacing(8);
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_exportButton);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { background: #fde7e7; color: #7a1010; padding: 6px; "
                       "border: 1px solid #e6a1a1; border-radius: 3px; }"));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);

    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::presetChanged);
    auto datesEdited = [this](QDateEdit *edited) {
        if (m_to->date() < m_from->date())
            (edited == m_from ? m_to : m_from)->setDate(edited->date());
        const bool shown = m_data.period.toMs > m_data.period.fromMs
            && m_data.period.from().date() == m_from->date()
            && m_data.period.to().addMSecs(-1).date() == m_to->date();
        if (!shown) // leaving the field unchanged recomputes nothing
            refresh();
    };
    connect(m_from, &QDateEdit::editingFinished, this, [=, this] { datesEdited(m_from); });
    connect(m_to, &QDateEdit::editingFinished, this, [=, this] { datesEdited(m_to); });
    connect(m_segment, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloadingSegments)
            refresh();
    });
    connect(m_viewGroup, &QButtonGroup::idClicked, this,
        [this](int id) { setFunnelView(FunnelView(id)); });
    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(png, &QAction::triggered, this, &DashboardPage::exportPngClicked);
    connect(pdf, &QAction::triggered, this, &DashboardPage::exportPdfClicked);
}

void DashboardPage::createContent()
{
    m_content = new QWidget;
    m_content->setAutoFillBackground(true);
    m_content->setBackgroundRole(QPalette::Window);
    m_grid = new QGridLayout(m_content);
    m_grid->setSpacing(10);

    m_heading = new QLabel(m_content);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAccessibleName(tr("Dashboard period"));
    m_grid->addWidget(m_heading, 0, 0, 1, 2);

    // KPI tiles, five to a row.
    struct TileSpec
    {
        const char *key;
        QString title;
        QString help;
    };
    const QList<TileSpec> specs {
        {"conversion", tr("Lead conversion rate"),
            tr("Leads created in the period that reached opportunity.")},
        {"mql_to_sql", tr("MQL → SQL"), tr("Cohort: reached SQL of those that reached MQL.")},
        {"sql_to_won", tr("SQL → won"), tr("Cohort: reached won of those that reached SQL.")},
        {"win_rate", tr("Win rate"), tr("Won ÷ (won + lost), deals closed in the period.")},
        {"velocity", tr("Lead velocity rate"),
            tr("Growth of MQL entries in the period's last month over the month before.")},
        {"cycle", tr("Median sales cycle"), tr("Lead created → won, deals won in the period.")},
        {"sla", tr("SLA compliance"),
            tr("Assignments made in the period: first contact in time ÷ (in time + late).")},
        {"first_contact", tr("Median time to first contact"),
            tr("Assignment → first contact, assignments made in the period.")},
        {"pipeline", tr("Pipeline value"), tr("Open SQLs and opportunities now.")},
        {"weighted", tr("Weighted forecast"), tr("Open pipeline weighted by stage probability.")},
    };
    auto *tiles = new QWidget(m_content);
    auto *tileGrid = new QGridLayout(tiles);
    tileGrid->setContentsMargins(0, 0, 0, 0);
    tileGrid->setSpacing(8);
    for (int i = 0; i < specs.size(); ++i) {
        Tile tile;
        tile.key = QString::fromLatin1(specs[i].key);
        auto *frame = new QFrame(tiles);
        frame->setFrameShape(QFrame::Box);
        frame->setFrameShadow(QFrame::Plain);
        frame->setForegroundRole(QPalette::Mid); // the frame's line; Highlight while focused
        frame->installEventFilter(this);
        frame->setAutoFillBackground(true);
        frame->setBackgroundRole(QPalette::Base);
        frame->setFocusPolicy(Qt::TabFocus);
        frame->setToolTip(specs[i].help);
        auto *box = new QVBoxLayout(frame);
        box->setContentsMargins(10, 6, 10, 6);
        box->setSpacing(1);
        tile.title = new QLabel(specs[i].title, frame);
        tile.title->setForegroundRole(QPalette::PlaceholderText);
        tile.value = new QLabel(NotAvailable, frame);
        QFont valueFont = tile.value->font();
        valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
        valueFont.setBold(true);
        tile.value->setFont(valueFont);
        tile.detail = new QLabel(frame);
        tile.detail->setForegroundRole(QPalette::PlaceholderText);
        QFont small = tile.detail->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        tile.detail->setFont(small);
        box->addWidget(tile.title);
        box->addWidget(tile.value);
        box->addWidget(tile.detail);
        tile.frame = frame;
        tileGrid->addWidget(frame, i / 5, i % 5);
        m_tiles.append(tile);
    }
    m_grid->addWidget(tiles, 1, 0, 1, 2);

    m_funnel = new FunnelChart(m_content);
    m_funnel->setMinimumHeight(330);
    m_grid->addWidget(m_funnel, 2, 0);
    connect(m_funnel, &FunnelChart::stageActivated, this,
        [this](Stage stage) { emit stageClicked(queryForStage(stage)); });

    m_trendView = addChart(tr("Conversion and lead velocity by month"),
        tr("Conversion and lead velocity trend"), 2, 1);
    m_forecastView = addChart(tr("Forecast by expected close month (weighted)"),
        tr("Forecast by expected close month"), 3, 0);
    m_campaignView =
        addChart(tr("Campaigns: leads and cost per lead"), tr("Leads by campaign"), 3, 1);
    m_sourceView = addChart(tr("Leads by source"), tr("Leads by source"), 4, 0);
    m_slaView = addChart(tr("First-contact SLA by owner"), tr("SLA compliance by owner"), 4, 1);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes through its contents, which it scrolls to
    m_scroll->setWidget(m_content);
    layout()->addWidget(m_scroll);

    setTabOrder(m_exportButton, m_tiles.first().frame);
    for (int i = 1; i < m_tiles.size(); ++i)
        setTabOrder(m_tiles[i - 1].frame, m_tiles[i].frame);
    setTabOrder(m_tiles.last().frame, m_funnel);
    setTabOrder(m_funnel, m_trendView);
    setTabOrder(m_trendView, m_forecastView);
    setTabOrder(m_forecastView, m_campaignView);
    setTabOrder(m_campaignView, m_sourceView);
    setTabOrder(m_sourceView, m_slaView);
    showData(m_data);
}

QChartView *DashboardPage::addChart(
    const QString &title, const QString &accessibleName, int row, int column, int columnSpan)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, m_content);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    view->setAccessibleName(accessibleName);
    view->setFocusPolicy(Qt::TabFocus);
    view->installEventFilter(this);
    m_grid->addWidget(view, row, column, 1, columnSpan);
    return view;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        reloadSegments(); // segments saved meanwhile on the leads page
    if (m_generation == 0)
        refresh(); // the first time the page is shown, unless something asked already
}

void DashboardPage::refresh()
{
    Request request;
    request.generation = ++m_generation;
    request.preset = periodPreset();
    request.from = m_from->date();
    request.toInclusive = m_to->date();
    request.view = m_view;
    request.segment = currentSegment();
    request.segmentName = segmentName();
    m_latest->store(request.generation);
    setBusy(true);
    auto *worker = static_cast<DashboardWorker *>(m_worker);
    QMetaObject::invokeMethod(
        worker, [worker, request] { worker->compute(request); }, Qt::QueuedConnection);
}

void DashboardPage::setPeriodPreset(PeriodPreset preset)
{
    const int index = m_period->findData(int(preset));
    if (index == m_period->currentIndex())
        refresh();
    else
        m_period->setCurrentIndex(index); // refreshes
}

DashboardPage::PeriodPreset DashboardPage::periodPreset() const
{
    return PeriodPreset(m_period->currentData().toInt());
}

void DashboardPage::setCustomPeriod(QDate from, QDate toInclusive)
{
    const QSignalBlocker blocker(m_period);
    m_period->setCurrentIndex(m_period->findData(int(PeriodPreset::Custom)));
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    m_from->setDate(from);
    m_to->setDate(toInclusive);
    refresh();
}

void DashboardPage::reloadSegments()
{
    const qint64 chosen = m_segment->currentData().toLongLong();
    m_reloadingSegments = true;
    m_segment->clear();
    m_segments.clear();
    m_segment->addItem(tr("All leads"), qint64(0));
    const Result<QList<Segment>> segments = SegmentStore(m_database.connection()).list();
    if (segments) {
        m_segments = *segments;
        for (const Segment &segment : std::as_const(m_segments))
            m_segment->addItem(segment.name, segment.id);
    } else {
        m_error->setText(
            tr("The saved segments could not be read: %1").arg(segments.error().toString()));
        m_error->show();
    }
    const int index = m_segment->findData(chosen);
    m_segment->setCurrentIndex(std::max(0, index));
    m_reloadingSegments = false;
    if (chosen != 0 && index < 0 && m_generation > 0)
        refresh(); // the segment shown was removed
}

bool DashboardPage::setSegment(const QString &name)
{
    const int index = name.isEmpty() ? 0 : m_segment->findText(name, Qt::MatchFixedString);
    if (index < 0)
        return false;
    if (index == m_segment->currentIndex())
        refresh();
    else
        m_segment->setCurrentIndex(index); // refreshes
    return true;
}

QString DashboardPage::segmentName() const
{
    return m_segment->currentIndex() > 0 ? m_segment->currentText() : QString();
}

std::optional<LeadQuery> DashboardPage::currentSegment() const
{
    const qint64 id = m_segment->currentData().toLongLong();
    for (const Segment &segment : m_segments)
        if (segment.id == id)
            return segment.query;
    return std::nullopt;
}

void DashboardPage::setFunnelView(FunnelView view)
{
    if (QAbstractButton *button = m_viewGroup->button(int(view)))
        button->setChecked(true);
    if (view == m_view)
        return;
    m_view = view;
    refresh();
}

void DashboardPage::presetChanged()
{
    const bool custom = periodPreset() == PeriodPreset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    // The date fields hold the period shown (see showData()): "Custom" starts from it.
    refresh();
}

void DashboardPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_status->setText(busy ? tr("Calculating…") : QString());
}

QString DashboardPage::money(qint64 minor) const
{
    const double units = double(minor) / 100.0;
    const QString number =
        QLocale().toString(units, 'f', std::abs(units) >= 1000 || minor % 100 == 0 ? 0 : 2);
    const QString symbol = currencySymbol(m_data.currency);
    if (symbol.size() == 1)
        return symbol + number; // $1,250
    return symbol.isEmpty() ? number : number + u' ' + symbol.trimmed(); // 1,250 CHF
}

QChartView *DashboardPage::chartView(const QString &key) const
{
    if (key == u"trend")
        return m_trendView;
    if (key == u"forecast")
        return m_forecastView;
    if (key == u"campaigns")
        return m_campaignView;
    if (key == u"sources")
        return m_sourceView;
    if (key == u"sla")
        return m_slaView;
    return nullptr;
}

QString DashboardPage::kpiText(const QString &key) const
{
    for (const Tile &tile : m_tiles)
        if (tile.key == key)
            return tile.value->text();
    return {};
}

LeadQuery DashboardPage::queryForStage(Stage stage) const
{
    // The segment's filters, narrowed to the stage (and, cohort view, the period).
    LeadQuery query = m_data.segment.value_or(LeadQuery {});
    query.sortField = LeadQuery().sortField;
    query.sortOrder = LeadQuery().sortOrder;
    query.limit = -1;
    query.offset = 0;
    query.deleted = LeadQuery::Deleted::Exclude;
    QList<Stage> stages;
    QDateTime from, to;
    if (m_data.view == FunnelView::Cohort) {
        const QList<Stage> funnel = funnelStages();
        const qsizetype index = std::max<qsizetype>(0, funnel.indexOf(stage));
        stages = funnel.mid(index);
        if (index <= funnel.indexOf(Stage::Sql))
            stages.append(Stage::Lost);
        from = m_data.period.from();
        to = m_data.period.to();
    } else {
        stages = {stage};
    }
    if (!query.stages.isEmpty()) {
        QList<Stage> both;
        for (Stage s : std::as_const(stages))
            if (query.stages.contains(s))
                both.append(s);
        stages = both.isEmpty() ? QList<Stage> {stage} : both;
        if (both.isEmpty())
            query.ids = {-1}; // the segment excludes the stage: no lead
    }
    query.stages = stages;
    if (from.isValid() && (!query.createdFrom.isValid() || query.createdFrom < from))
        query.createdFrom = from;
    if (to.isValid() && (!query.createdTo.isValid() || query.createdTo > to))
        query.createdTo = to;
    return query;
}

void DashboardPage::showData(const DashboardData &data)
{
    const bool keepDetails = !data.complete && data.period.fromMs == m_data.period.fromMs
        && data.period.toMs == m_data.period.toMs && m_data.complete;
    DashboardData previous;
    if (keepDetails)
        previous = m_data;
    m_data = data;
    if (keepDetails) {
        // Same period: keep the lower charts until their new figures arrive.
        m_data.trend = previous.trend;
        m_data.sources = previous.sources;
        m_data.campaigns = previous.campaigns;
        m_data.sla = previous.sla;
    }

    if (periodPreset() != PeriodPreset::Custom && m_data.period.toMs > m_data.period.fromMs) {
        // The date fields show what the preset means.
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(m_data.period.from().date());
        m_to->setDate(m_data.period.to().addMSecs(-1).date());
    }

    if (data.error) {
        m_error->setText(tr("The dashboard could not be computed: %1").arg(data.error->toString()));
        m_error->show();
        emit errorOccurred(data.error->toString());
    } else {
        m_error->hide();
    }

    if (m_data.period.toMs > m_data.period.fromMs) {
        const QLocale locale;
        m_heading->setText(
            tr("%1 – %2 · %3 view")
                .arg(locale.toString(m_data.period.from().date(), QLocale::LongFormat),
                    locale.toString(m_data.period.to().addMSecs(-1).date(), QLocale::LongFormat),
                    m_data.view == FunnelView::Cohort ? tr("cohort") : tr("activity")));
        if (!m_data.segmentName.isEmpty())
            m_heading->setText(tr("%1 · segment “%2”").arg(m_heading->text(), m_data.segmentName));
    } else {
        m_heading->setText(tr("Dashboard"));
    }

    Funnel funnel = m_data.funnel;
    if (funnel.rows.isEmpty()) {
        // Before the first result: the stages with nothing in them.
        for (Stage stage : funnelStages())
            funnel.rows.append(FunnelRow {stage, 0, {}, {}, 0});
    }
    m_funnel->setFunnel(funnel);
    m_funnel->chart()->setTitle(m_data.view == FunnelView::Cohort
            ? tr("Funnel: leads created in the period, by furthest stage")
            : tr("Funnel: stage entries in the period"));
    showKpis();
    showTrend();
    showForecast();
    showCampaigns();
    showSources();
    showSla();
    for (QChartView *view :
        {m_trendView, m_forecastView, m_campaignView, m_sourceView, m_slaView}) {
        describeChart(view);
        showFocus(view);
    }
    emit refreshed(data.complete);
}

void DashboardPage::showKpis()
{
    const Kpis &k = m_data.kpis;
    const QLocale locale;
    auto set = [this](const char *key, const QString &value, const QString &detail) {
        for (Tile &tile : m_tiles) {
            if (tile.key != QLatin1StringView(key))
                continue;
            tile.value->setText(value);
            tile.detail->setText(detail);
            tile.frame->setAccessibleName(tr("%1: %2").arg(tile.title->text(), value));
            tile.frame->setAccessibleDescription(detail);
        }
    };
    auto ofText = [&locale](const Ratio &r, const QString &what) {
        return tr("%1 of %2 %3")
            .arg(locale.toString(r.numerator), locale.toString(r.denominator), what);
    };
    set("conversion", percentText(k.conversion.percent()), ofText(k.conversion, tr("leads")));
    set("mql_to_sql", percentText(k.mqlToSql.percent()), ofText(k.mqlToSql, tr("MQLs")));
    set("sql_to_won", percentText(k.sqlToWon.percent()), ofText(k.sqlToWon, tr("SQLs")));
    set("win_rate", percentText(k.winRate.percent()),
        tr("%1 won, %2 lost")
            .arg(locale.toString(k.winRate.numerator),
                locale.toString(k.winRate.denominator - k.winRate.numerator)));
    const QString velocity = k.leadVelocityRate
        ? (*k.leadVelocityRate > 0 ? QStringLiteral("+") : QString())
            + percentText(k.leadVelocityRate)
        : NotAvailable;
    set("velocity", velocity,
        k.velocityMonth.isEmpty() ? QString()
                                  : tr("MQLs in %1: %2 (month before: %3)")
                                        .arg(k.velocityMonth, locale.toString(k.qualifiedInMonth),
                                            locale.toString(k.qualifiedPreviousMonth)));
    set("cycle", daysText(k.medianCycleMs), tr("%n deal(s) won", nullptr, int(k.wonDeals)));
    set("sla", percentText(k.slaMet.percent()), ofText(k.slaMet, tr("in time")));
    set("first_contact", hoursText(k.medianFirstContactMs), tr("median, assignment → contact"));
    set("pipeline", money(k.pipelineValue), tr("open SQLs and opportunities"));
    set("weighted", money(k.weightedPipeline), tr("by stage probability"));
}

void DashboardPage::showTrend()
{
    QChart *chart = m_trendView->chart();
    clearChart(chart);
    const bool dark = isDarkPalette(palette());
    auto *conversion = new QLineSeries(chart);
    conversion->setName(tr("Lead conversion rate %"));
    auto *velocity = new QLineSeries(chart);
    velocity->setName(tr("Lead velocity rate %"));
    double convMax = 0, velMin = 0, velMax = 0;
    auto *months = new QCategoryAxis(chart);
    months->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < m_data.trend.size(); ++i) {
        const TrendPoint &p = m_data.trend[i];
        if (p.conversion) {
            conversion->append(i, *p.conversion);
            convMax = std::max(convMax, *p.conversion);
        }
        if (p.leadVelocityRate) {
            velocity->append(i, *p.leadVelocityRate);
            velMin = std::min(velMin, *p.leadVelocityRate);
            velMax = std::max(velMax, *p.leadVelocityRate);
        }
        months->append(QLocale().toString(p.month, QStringLiteral("MMM")), i);
    }
    chart->addSeries(conversion);
    chart->addSeries(velocity);
    months->setRange(-0.5, std::max<double>(0.5, double(m_data.trend.size()) - 0.5));
    if (!m_data.trend.isEmpty())
        months->setTitleText(tr("%1 – %2").arg(
            QLocale().toString(m_data.trend.first().month, QStringLiteral("MMM yyyy")),
            QLocale().toString(m_data.trend.last().month, QStringLiteral("MMM yyyy"))));
    chart->addAxis(months, Qt::AlignBottom);
    auto *left = new QValueAxis(chart);
    left->setRange(0, std::max(10.0, convMax * 1.05));
    left->applyNiceNumbers();
    left->setLabelFormat(QStringLiteral("%.0f %%"));
    left->setTitleText(tr("Conversion"));
    chart->addAxis(left, Qt::AlignLeft);
    auto *right = new QValueAxis(chart);
    const double velSpan = std::max({10.0, std::abs(velMin), std::abs(velMax)}) * 1.05;
    right->setRange(velMin < 0 ? -velSpan : 0, velSpan);
    right->applyNiceNumbers();
    right->setLabelFormat(QStringLiteral("%.0f %%"));
    right->setTitleText(tr("Velocity"));
    chart->addAxis(right, Qt::AlignRight);
    conversion->attachAxis(months);
    conversion->attachAxis(left);
    velocity->attachAxis(months);
    velocity->attachAxis(right);
    styleChart(chart, palette());
    right->setGridLineVisible(false);
    conversion->setPen(QPen(accent(0, dark), 2.5));
    conversion->setPointsVisible(true);
    velocity->setPen(QPen(accent(1, dark), 2, Qt::DashLine));
    velocity->setPointsVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QString note;
    if (m_data.trend.isEmpty())
        note = m_data.complete ? tr("No data") : tr("Calculating…");
    else if (conversion->count() == 0 && velocity->count() == 0)
        note = tr("No leads in these months");
    setChartNote(chart, note);
}

void DashboardPage::showForecast()
{
    QChart *chart = m_forecastView->chart();
    clearChart(chart);
    const bool dark = isDarkPalette(palette());
    const Forecast &f = m_data.forecast;
    const QDate first = f.period.toMs > f.period.fromMs ? f.period.from().date() : QDate();
    QStringList categories;
    QStringList keys;
    for (int i = 0; first.isValid() && i < ForecastMonths; ++i) {
        const QDate month = first.addMonths(i);
        categories.append(QLocale().toString(month, QStringLiteral("MMM yyyy")));
        keys.append(month.toString(QStringLiteral("yyyy-MM")));
    }
    auto *sql = new QBarSet(stageLabel(Stage::Sql));
    auto *opportunity = new QBarSet(stageLabel(Stage::Opportunity));
    double top = 0;
    for (const QString &key : std::as_const(keys)) {
        double s = 0, o = 0;
        for (const ForecastRow &row : f.rows) {
            if (row.month != key)
                continue;
            (row.stage == Stage::Sql ? s : o) += double(row.weighted) / 100000.0;
        }
        sql->append(s);
        opportunity->append(o);
        top = std::max(top, s + o);
    }
    auto *series = new QStackedBarSeries(chart);
    series->append(opportunity);
    series->append(sql);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis(chart);
    axis->setCategories(categories);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto *values = new QValueAxis(chart);
    values->setRange(0, std::max(1.0, top * 1.05));
    values->applyNiceNumbers();
    values->setLabelFormat(top >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    values->setTitleText(
        f.currency.isEmpty() ? tr("Thousands") : tr("%1 thousands").arg(f.currency));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    styleChart(chart, palette());
    opportunity->setColor(accent(0, dark));
    opportunity->setBorderColor(accent(0, dark));
    sql->setColor(accent(1, dark));
    sql->setBorderColor(accent(1, dark));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QString title = tr("Forecast by expected close month (weighted)");
    if (f.period.toMs > f.period.fromMs)
        title =
            tr("Forecast by expected close month: %1 in %Ln deal(s)", nullptr, int(f.periodDeals))
                .arg(money(f.periodWeighted));
    chart->setTitle(title);
    QString note;
    if (keys.isEmpty())
        note = tr("Calculating…");
    else if (top <= 0)
        note = tr("No open deals expected to close in these months");
    setChartNote(chart, note);
    QStringList detail;
    if (f.overdueDeals > 0)
        detail.append(
            tr("%Ln overdue deal(s) counted in this month.", nullptr, int(f.overdueDeals)));
    if (f.unknownCloseDeals > 0)
        detail.append(
            tr("%Ln deal(s) with no close estimate left out.", nullptr, int(f.unknownCloseDeals)));
    if (f.otherCurrencyDeals > 0)
        detail.append(
            tr("%Ln deal(s) in another currency left out.", nullptr, int(f.otherCurrencyDeals)));
    m_forecastView->setToolTip(detail.join(u' '));
}

void DashboardPage::showLeadBars(
    QChart *chart, const QList<std::pair<QString, qint64>> &bars, int colour, const QString &empty)
{
    const bool dark = isDarkPalette(palette());
    auto *leads = new QBarSet(tr("Leads"));
    QStringList categories;
    qint64 top = 0;
    QSet<QString> seen;
    // Bars are drawn bottom up: the biggest (first) on top.
    for (auto bar = bars.crbegin(); bar != bars.crend(); ++bar) {
        QString category = bar->first;
        while (seen.contains(category))
            category += u' '; // category labels must be unique
        seen.insert(category);
        categories.append(category);
        leads->append(qreal(bar->second));
        top = std::max(top, bar->second);
    }
    auto *series = new QHorizontalBarSeries(chart);
    series->setBarWidth(barWidthFor(bars.size()));
    series->append(leads);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis(chart);
    axis->setCategories(categories);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    auto *values = new QValueAxis(chart);
    values->setRange(0, std::max(4.0, double(top) * 1.12));
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(tr("Leads created in the period"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    styleChart(chart, palette());
    leads->setColor(accent(colour, dark));
    leads->setBorderColor(accent(colour, dark));
    leads->setLabelColor(palette().color(QPalette::WindowText));
    chart->legend()->hide();
    setChartNote(
        chart, bars.isEmpty() ? (m_data.complete ? empty : tr("Calculating…")) : QString());
}

void DashboardPage::showCampaigns()
{
    QChart *chart = m_campaignView->chart();
    clearChart(chart);
    QList<CampaignRow> rows;
    for (const CampaignRow &row : m_data.campaigns)
        if (row.leads > 0 || (row.cost && !m_data.segment)) // spent, nothing came: all leads only
            rows.append(row);
    std::stable_sort(rows.begin(), rows.end(),
        [](const CampaignRow &a, const CampaignRow &b) { return a.leads > b.leads; });
    constexpr int Shown = 8;
    if (rows.size() > Shown)
        rows.resize(Shown);
    QList<std::pair<QString, qint64>> bars;
    for (const CampaignRow &row : std::as_const(rows)) {
        const QString cpl = row.costPerLead ? tr("%1 / lead").arg(money(*row.costPerLead))
            : row.cost                      ? tr("no leads")
                                            : tr("no cost");
        bars.append({tr("%1 · %2").arg(row.name, cpl), row.leads});
    }
    showLeadBars(chart, bars, 2, tr("No campaign leads in this period"));
}

void DashboardPage::showSources()
{
    QChart *chart = m_sourceView->chart();
    clearChart(chart);
    QList<Kpis> rows;
    for (const Kpis &row : m_data.sources)
        if (row.leads > 0)
            rows.append(row);
    std::stable_sort(
        rows.begin(), rows.end(), [](const Kpis &a, const Kpis &b) { return a.leads > b.leads; });
    constexpr int Shown = 8;
    if (rows.size() > Shown)
        rows.resize(Shown);
    QList<std::pair<QString, qint64>> bars;
    for (const Kpis &row : std::as_const(rows))
        bars.append({tr("%1 · %2 converted").arg(row.group, percentText(row.conversion.percent())),
            row.leads});
    showLeadBars(chart, bars, 0, tr("No leads in this period"));
}

void DashboardPage::showSla()
{
    QChart *chart = m_slaView->chart();
    clearChart(chart);
    const bool dark = isDarkPalette(palette());
    QList<SlaRow> rows;
    for (const SlaRow &row : m_data.sla.rows)
        if (row.withSla > 0)
            rows.append(row);
    std::stable_sort(rows.begin(), rows.end(),
        [](const SlaRow &a, const SlaRow &b) { return a.withSla > b.withSla; });
    constexpr int Shown = 8;
    if (rows.size() > Shown)
        rows.resize(Shown);
    auto *met = new QBarSet(tr("In time"));
    auto *breached = new QBarSet(tr("Late"));
    auto *pending = new QBarSet(tr("Pending"));
    QStringList categories;
    qint64 top = 0;
    QSet<QString> seen;
    std::reverse(rows.begin(), rows.end()); // bars are drawn bottom up: the biggest on top
    for (const SlaRow &row : std::as_const(rows)) {
        QString category = tr("%1 · %2").arg(row.group, percentText(row.compliance.percent()));
        while (seen.contains(category))
            category += u' ';
        seen.insert(category);
        categories.append(category);
        met->append(qreal(row.met));
        breached->append(qreal(row.breached));
        pending->append(qreal(row.pending));
        top = std::max(top, row.met + row.breached + row.pending);
    }
    auto *series = new QHorizontalStackedBarSeries(chart);
    series->setBarWidth(barWidthFor(rows.size()));
    series->append({met, breached, pending});
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis(chart);
    axis->setCategories(categories);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    auto *values = new QValueAxis(chart);
    values->setRange(0, std::max(4.0, double(top)));
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(tr("Assignments made in the period"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    styleChart(chart, palette());
    const QColor colors[] = {accent(2, dark), accent(3, dark), accent(4, dark)};
    QBarSet *sets[] = {met, breached, pending};
    for (int i = 0; i < 3; ++i) {
        sets[i]->setColor(colors[i]);
        sets[i]->setBorderColor(colors[i]);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChartNote(chart,
        rows.isEmpty() ? (
            m_data.complete ? tr("No assignments with an SLA in this period") : tr("Calculating…"))
                       : QString());
}

void DashboardPage::restyleCharts()
{
    m_funnel->setFunnel(m_funnel->funnel());
    showTrend();
    showForecast();
    showCampaigns();
    showSources();
    showSla();
    for (QChartView *view : {m_trendView, m_forecastView, m_campaignView, m_sourceView, m_slaView})
        showFocus(view);
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        const bool in = event->type() == QEvent::FocusIn;
        if (auto *view = qobject_cast<QChartView *>(watched)) {
            showFocus(view);
        } else if (auto *frame = qobject_cast<QFrame *>(watched)) {
            frame->setForegroundRole(in ? QPalette::Highlight : QPalette::Mid);
            frame->setLineWidth(in ? 2 : 1);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_slaView)
        restyleCharts();
}

namespace {

/// Takes the keyboard focus off the dashboard's contents while an export draws them (no focus
/// frame or selected bar in the file) and gives it back afterwards.
class FocusAside
{
public:
    explicit FocusAside(QWidget *content)
    {
        QWidget *focus = QApplication::focusWidget();
        if (focus && content->isAncestorOf(focus)) {
            m_widget = focus;
            focus->clearFocus();
        }
    }
    ~FocusAside()
    {
        if (m_widget)
            m_widget->setFocus(Qt::OtherFocusReason);
    }
    FocusAside(const FocusAside &) = delete;
    FocusAside &operator=(const FocusAside &) = delete;

private:
    QPointer<QWidget> m_widget;
};

} // namespace

bool DashboardPage::exportPng(const QString &path)
{
    const FocusAside aside(m_content);
    const QImage image = m_content->grab().toImage();
    OutputFile file;
    if (auto opened = file.open(path); !opened) {
        m_lastError = opened.error().message;
        return false;
    }
    if (image.isNull() || !image.save(file.device(), "PNG")) {
        m_lastError = tr("Could not write the image %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (auto committed = file.commit(); !committed) {
        m_lastError = committed.error().message;
        return false;
    }
    m_lastError.clear();
    return true;
}

bool DashboardPage::exportPdf(const QString &path)
{
    OutputFile file;
    if (auto opened = file.open(path); !opened) {
        m_lastError = opened.error().message;
        return false;
    }
    QPdfWriter writer(file.device());
    writer.setTitle(tr("Leadflow dashboard: %1").arg(m_heading->text()));
    writer.setCreator(QStringLiteral("Leadflow"));
    writer.setResolution(144);
    const QSize size = m_content->size().isEmpty() ? m_content->sizeHint() : m_content->size();
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(
        size.width() >= size.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    const FocusAside aside(m_content);
    QPainter painter;
    if (!painter.begin(&writer)) {
        m_lastError = tr("Could not write the PDF %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const double scale = std::min(double(writer.width()) / std::max(1, size.width()),
        double(writer.height()) / std::max(1, size.height()));
    painter.scale(scale, scale);
    m_content->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    if (!painter.end()) {
        m_lastError = tr("Could not write the PDF %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (auto committed = file.commit(); !committed) {
        m_lastError = committed.error().message;
        return false;
    }
    m_lastError.clear();
    return QFileInfo(path).size() > 0;
}

void DashboardPage::exportPngClicked()
{
    const QString path = FileDialogs::saveFileName(this, tr("Export dashboard as PNG"),
        QStringLiteral("dashboard.png"), tr("PNG image (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        QMessageBox::warning(this, tr("Export dashboard"), m_lastError);
}

void DashboardPage::exportPdfClicked()
{
    const QString path = FileDialogs::saveFileName(this, tr("Export dashboard as PDF"),
        QStringLiteral("dashboard.pdf"), tr("PDF document (*.pdf)"));
    if (!path.isEmpty() && !exportPdf(path))
        QMessageBox::warning(this, tr("Export dashboard"), m_lastError);
}

} // namespace lf

#include "dashboardpage.moc"
