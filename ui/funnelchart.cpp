#include "funnelchart.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QKeyEvent>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace lf {

namespace {

constexpr qreal BarWidth = 0.62;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t), float(a.blueF() * (1 - t) + b.blueF() * t));
}

/// Black or white, whichever reads better on background.
QColor textOn(const QColor &background)
{
    return background.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

void styleChart(QChart *chart, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    const QColor text = palette.color(QPalette::WindowText);
    const QColor base = palette.color(QPalette::Base);
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(QPen(mix(base, text, 0.15), 1));
    chart->setBackgroundRoundness(4);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    if (chart->legend())
        chart->legend()->setLabelColor(text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(mix(base, text, 0.12));
        axis->setMinorGridLineColor(mix(base, text, 0.06));
        axis->setLinePenColor(mix(base, text, 0.35));
    }
}

FunnelChart::FunnelChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Sales funnel"));
    setToolTip(tr("Click a stage, or select it with the arrow keys and press Enter, to list its "
                  "leads."));

    QChart *c = chart();
    c->setTitle(tr("Funnel"));
    c->legend()->hide();
    c->setMargins(QMargins(4, 4, 12, 4));

    m_series = new QHorizontalStackedBarSeries(this);
    m_leftPad = new QBarSet(QString(), this);
    m_counts = new QBarSet(tr("Leads"), this);
    m_rightPad = new QBarSet(QString(), this);
    m_series->append({m_leftPad, m_counts, m_rightPad});
    m_series->setBarWidth(BarWidth);
    c->addSeries(m_series);

    m_stageAxis = new QBarCategoryAxis(this);
    m_stageAxis->setGridLineVisible(false);
    m_stageAxis->setLineVisible(false);
    c->addAxis(m_stageAxis, Qt::AlignLeft);
    m_series->attachAxis(m_stageAxis);
    m_valueAxis = new QValueAxis(this);
    m_valueAxis->setVisible(false);
    c->addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_valueAxis);

    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int bar, QBarSet *) {
        const int index = barIndex(bar);
        setFocus(Qt::MouseFocusReason);
        setCurrentIndex(index);
        activate(index);
    });
    connect(m_series, &QAbstractBarSeries::hovered, this, [this](bool on, int, QBarSet *) {
        viewport()->setCursor(on ? Qt::PointingHandCursor : Qt::ArrowCursor);
    });
    connect(c, &QChart::plotAreaChanged, this, &FunnelChart::placeLabels);

    rebuild();
}

QSize FunnelChart::sizeHint() const
{
    return {460, 340};
}

void FunnelChart::setFunnel(const Funnel &funnel)
{
    const Stage previous = m_current >= 0 ? stageAt(m_current) : Stage::New;
    const bool hadCurrent = m_current >= 0;
    m_funnel = funnel;
    m_current = -1;
    if (hadCurrent) {
        for (int i = 0; i < stageCount(); ++i)
            if (stageAt(i) == previous)
                m_current = i;
    }
    rebuild();
}

qint64 FunnelChart::barValue(int index) const
{
    return qint64(m_counts->at(barIndex(index)));
}

QString FunnelChart::countLabel(int index) const
{
    return QLocale().toString(m_funnel.rows.at(index).reached);
}

QString FunnelChart::conversionLabel(int index) const
{
    if (index <= 0 || index >= stageCount())
        return {};
    const Maybe rate = m_funnel.rows.at(index).conversionFromPrevious;
    //: Conversion from the stage above, between two funnel bars; %1 is a percentage.
    return rate ? tr("↓ %1 %").arg(QLocale().toString(*rate, 'f', 1)) : tr("↓ —");
}

void FunnelChart::setCurrentIndex(int index)
{
    if (stageCount() == 0)
        index = -1;
    else
        index = std::clamp(index, 0, stageCount() - 1);
    if (index == m_current)
        return;
    m_current = index;
    updateSelection();
    updateAccessibleDescription();
    emit currentIndexChanged(m_current);
}

void FunnelChart::activate(int index)
{
    if (index < 0 || index >= stageCount())
        return;
    emit stageActivated(stageAt(index));
}

void FunnelChart::keyPressEvent(QKeyEvent *event)
{
    const int last = stageCount() - 1;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        setCurrentIndex(m_current < 0 ? 0 : m_current - 1);
        break;
    case Qt::Key_Down:
    case Qt::Key_Right:
        setCurrentIndex(m_current < 0 ? 0 : m_current + 1);
        break;
    case Qt::Key_Home:
        setCurrentIndex(0);
        break;
    case Qt::Key_End:
        setCurrentIndex(last);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current < 0)
            setCurrentIndex(0);
        activate(m_current);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void FunnelChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placeLabels();
}

void FunnelChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void FunnelChart::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    if (m_current < 0 && stageCount() > 0)
        setCurrentIndex(0);
    updateSelection();
}

void FunnelChart::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    updateSelection();
}

void FunnelChart::rebuild()
{
    qint64 max = 0;
    for (const FunnelRow &row : std::as_const(m_funnel.rows))
        max = std::max(max, row.reached);
    const double width = double(std::max<qint64>(max, 1));

    QStringList categories;
    QList<qreal> left, counts, right;
    // Bars are drawn bottom up: the last stage first, so the first one is on top.
    for (auto row = m_funnel.rows.crbegin(); row != m_funnel.rows.crend(); ++row) {
        categories.append(stageLabel(row->stage));
        const double pad = (width - double(row->reached)) / 2;
        left.append(pad);
        counts.append(qreal(row->reached));
        right.append(pad);
    }
    m_leftPad->remove(0, m_leftPad->count());
    m_counts->remove(0, m_counts->count());
    m_rightPad->remove(0, m_rightPad->count());
    m_leftPad->append(left);
    m_counts->append(counts);
    m_rightPad->append(right);
    m_stageAxis->setCategories(categories);
    m_valueAxis->setRange(0, width);

    styleChart(chart(), palette());
    m_valueAxis->setVisible(false);
    m_stageAxis->setGridLineVisible(false);
    m_stageAxis->setLineVisible(false);
    for (QBarSet *pad : {m_leftPad, m_rightPad}) {
        pad->setColor(Qt::transparent);
        pad->setBorderColor(Qt::transparent);
        pad->setSelectedColor(Qt::transparent);
    }
    const QColor bar =
        isDarkPalette(palette()) ? QColor(0x4f, 0x9d, 0xe8) : QColor(0x2f, 0x6f, 0xb7);
    m_counts->setColor(bar);
    m_counts->setBorderColor(bar.darker(115));

    // Text items: one count per bar, one conversion between each two bars.
    auto resize = [this](QList<QGraphicsSimpleTextItem *> &items, qsizetype n) {
        while (items.size() > n)
            delete items.takeLast();
        while (items.size() < n)
            items.append(new QGraphicsSimpleTextItem(chart()));
    };
    resize(m_countItems, m_funnel.rows.size());
    resize(m_conversionItems, std::max<qsizetype>(0, m_funnel.rows.size() - 1));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < m_countItems.size(); ++i) {
        m_countItems[i]->setText(countLabel(i));
        m_countItems[i]->setFont(bold);
        m_countItems[i]->setZValue(10);
    }
    for (int i = 0; i < m_conversionItems.size(); ++i) {
        m_conversionItems[i]->setText(conversionLabel(i + 1));
        m_conversionItems[i]->setFont(small);
        m_conversionItems[i]->setBrush(
            mix(palette().color(QPalette::Base), palette().color(QPalette::WindowText), 0.75));
        m_conversionItems[i]->setZValue(10);
    }
    if (m_current >= stageCount())
        m_current = stageCount() - 1;
    updateSelection();
    updateAccessibleDescription();
    placeLabels();
}

void FunnelChart::placeLabels()
{
    if (m_funnel.rows.isEmpty())
        return;
    const double width = m_valueAxis->max();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor bar = m_counts->color();
    for (int i = 0; i < m_countItems.size(); ++i) {
        const double value = barValue(i);
        const QPointF centre = chart()->mapToPosition(QPointF(width / 2, barIndex(i)), m_series);
        const QPointF end =
            chart()->mapToPosition(QPointF(width / 2 + value / 2, barIndex(i)), m_series);
        QGraphicsSimpleTextItem *item = m_countItems[i];
        const QRectF box = item->boundingRect();
        const double barPixels = 2 * (end.x() - centre.x());
        const bool selected = i == m_current && hasFocus();
        if (barPixels >= box.width() + 10) {
            item->setBrush(textOn(selected ? palette().color(QPalette::Highlight) : bar));
            item->setPos(centre.x() - box.width() / 2, centre.y() - box.height() / 2);
        } else {
            item->setBrush(text);
            item->setPos(end.x() + 6, centre.y() - box.height() / 2);
        }
    }
    for (int i = 0; i < m_conversionItems.size(); ++i) {
        const QPointF above = chart()->mapToPosition(QPointF(width / 2, barIndex(i)), m_series);
        const QPointF below = chart()->mapToPosition(QPointF(width / 2, barIndex(i + 1)), m_series);
        QGraphicsSimpleTextItem *item = m_conversionItems[i];
        const QRectF box = item->boundingRect();
        item->setPos(above.x() - box.width() / 2, (above.y() + below.y()) / 2 - box.height() / 2);
    }
}

void FunnelChart::updateSelection()
{
    const QColor base = palette().color(QPalette::Base);
    chart()->setBackgroundPen(hasFocus()
            ? QPen(palette().color(QPalette::Highlight), 2)
            : QPen(mix(base, palette().color(QPalette::WindowText), 0.15), 1));
    m_counts->deselectAllBars();
    m_counts->setSelectedColor(palette().color(QPalette::Highlight));
    if (m_current >= 0 && m_current < m_counts->count() && hasFocus())
        m_counts->selectBar(barIndex(m_current));
    placeLabels();
}

void FunnelChart::updateAccessibleDescription()
{
    QStringList parts;
    for (int i = 0; i < stageCount(); ++i) {
        QString part = tr("%1: %2").arg(stageLabel(stageAt(i)), countLabel(i));
        if (i > 0)
            part += u' ' + conversionLabel(i);
        parts.append(part);
    }
    QString description = parts.join(QStringLiteral("; "));
    if (m_current >= 0)
        description = tr("Current stage %1. %2").arg(stageLabel(stageAt(m_current)), description);
    setAccessibleDescription(description);
}

} // namespace lf
