#pragma once

#include "leads/leadquery.h"
#include "leads/segmentstore.h"
#include "util/result.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QMenu;
class QPushButton;
class QSpinBox;
class QTimer;
class QToolButton;

namespace lf {

class Database;

/// The filters of the Leads page in two rows: a quick search and the saved views above; stage,
/// owner, source, score range, grade and first-contact SLA below. Every change emits
/// filtersChanged() with the whole query (the search after a short pause while typing, at once
/// on Enter). Saved views are kept through SegmentStore, shared with the reports.
///
/// The database is not owned and must outlive the bar; used on its thread.
class LeadFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit LeadFilterBar(Database &database, QWidget *parent = nullptr);

    /// Milliseconds the search waits after the last key before it runs.
    static constexpr int SearchDelay = 250;

    /// The filters and the search as set now (sort and page left at their defaults).
    LeadQuery filters() const;
    /// Shows these filters (and search) and emits filtersChanged() once.
    void setFilters(const LeadQuery &query);
    /// Back to every lead; emits filtersChanged() once when something was set.
    void clear();

    QLineEdit *searchField() const { return m_search; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *slaBox() const { return m_sla; }
    QComboBox *viewBox() const { return m_views; }
    QLineEdit *sourceField() const { return m_source; }
    QSpinBox *minScoreBox() const { return m_minScore; }
    QSpinBox *maxScoreBox() const { return m_maxScore; }
    QMenu *stageMenu() const { return m_stageMenu; }
    QMenu *gradeMenu() const { return m_gradeMenu; }

    /// Saves the current filters under a name (replacing a view of that name) and selects it.
    Result<Segment> saveView(const QString &name);
    /// Shows a saved view's filters.
    Status applyView(const QString &nameOrId);
    Status deleteView(const QString &nameOrId);
    /// The saved views' names, as the list offers them.
    QStringList viewNames() const;

public slots:
    /// Reads the users and the saved views again (after they changed elsewhere).
    void reloadChoices();
    /// Runs the search typed so far without waiting.
    void applySearch();

signals:
    void filtersChanged(const lf::LeadQuery &filters);
    /// A saved view could not be read, saved or deleted.
    void errorOccurred(const QString &message);

private:
    void changed();
    void updateButtons();
    void saveViewAsked();
    void deleteViewAsked();
    void viewChosen(int index);
    QToolButton *menuButton(const QString &text, QMenu *menu, const QString &accessibleName);

    Database &m_database;
    SegmentStore m_segments;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QToolButton *m_stageButton = nullptr;
    QMenu *m_stageMenu = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_source = nullptr;
    QSpinBox *m_minScore = nullptr;
    QSpinBox *m_maxScore = nullptr;
    QToolButton *m_gradeButton = nullptr;
    QMenu *m_gradeMenu = nullptr;
    QComboBox *m_sla = nullptr;
    QPushButton *m_clear = nullptr;
    QComboBox *m_views = nullptr;
    QPushButton *m_saveView = nullptr;
    QPushButton *m_deleteView = nullptr;
    LeadQuery m_emitted; ///< what filtersChanged() last carried
    int m_updating = 0; ///< setting widgets from a query: no signal per widget
};

} // namespace lf
