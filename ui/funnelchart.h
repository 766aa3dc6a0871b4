#pragma once

#include "metrics/metrics.h"

#include <QChartView>
#include <QList>

class QBarSet;
class QBarCategoryAxis;
class QGraphicsSimpleTextItem;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace lf {

/// Gives a chart the colours of a palette: the light or dark Qt Charts theme by the palette's
/// window lightness, then the palette's base, text and mid colours for background, labels and
/// grid. Call it after the series are added (a theme recolours them) and again when the palette
/// changes.
void styleChart(QChart *chart, const QPalette &palette);
/// Whether a palette is a dark one (window darker than its text).
bool isDarkPalette(const QPalette &palette);

/// A funnel of lifecycle stages drawn with Qt Charts: one horizontal bar per stage, centred, as
/// long as the stage's count, labelled with the count; between two bars the conversion rate
/// from the stage above ("↓ 75.0 %", "—" where it is not defined).
///
/// A click on a bar, or Enter / Space on the current bar, emits stageActivated(). The chart
/// takes keyboard focus: Up / Down (or Left / Right) move the current stage, Home / End go to
/// the first and last one. The current stage is drawn in the palette's highlight colour.
class FunnelChart : public QChartView
{
    Q_OBJECT

public:
    explicit FunnelChart(QWidget *parent = nullptr);

    /// Shows the funnel's rows (in their order). The current stage is kept where it still exists.
    void setFunnel(const Funnel &funnel);
    const Funnel &funnel() const { return m_funnel; }

    /// The bar set holding the counts as drawn: bottom up, so the last stage comes first.
    QBarSet *countSet() const { return m_counts; }
    /// The bar (in countSet()) of the stage at index, and back: the same mapping both ways.
    int barIndex(int index) const { return stageCount() - 1 - index; }
    /// The drawn length of stage index's bar.
    qint64 barValue(int index) const;
    int stageCount() const { return int(m_funnel.rows.size()); }
    Stage stageAt(int index) const { return m_funnel.rows.at(index).stage; }
    /// The text drawn on stage index's bar and, from index 1, above it (conversion).
    QString countLabel(int index) const;
    QString conversionLabel(int index) const;

    /// The current stage's index, -1 when there is none (an empty funnel).
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    /// Emits stageActivated() for the stage at index (ignored when out of range).
    void activate(int index);

    QSize sizeHint() const override;

signals:
    void stageActivated(lf::Stage stage);
    void currentIndexChanged(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void rebuild();
    void placeLabels();
    void updateSelection();
    void updateAccessibleDescription();

    Funnel m_funnel;
    int m_current = -1;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarSet *m_leftPad = nullptr;
    QBarSet *m_counts = nullptr;
    QBarSet *m_rightPad = nullptr;
    QBarCategoryAxis *m_stageAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QList<QGraphicsSimpleTextItem *> m_countItems;
    QList<QGraphicsSimpleTextItem *> m_conversionItems;
};

} // namespace lf
