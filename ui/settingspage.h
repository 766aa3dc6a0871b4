#pragma once

#include "nurture/nurtureservice.h"
#include "scoring/qualification.h"
#include "storage/database.h"
#include "util/result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;
class QTreeWidget;

namespace lf {

class BackgroundJobs;
class RoutingSettingsWidget;
class ScoringRulesEditor;

/// The qualification definition (what marketing and sales agreed an MQL and an SQL are): a form
/// over the newest version, Save storing a new version through QualificationStore, and the list of
/// versions with the text of the one selected. When the threshold, grades or auto-MQL change,
/// every lead is rescored on a worker thread, as the CLI does.
class QualificationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit QualificationEditor(Database &database, QWidget *parent = nullptr);
    ~QualificationEditor() override;

    void setActor(const QString &actor) { m_actor = actor; }
    void refresh();

    /// The definition as typed.
    QualificationDefinition definition() const;
    /// Stores the form as a new version (nothing when it equals the current one).
    Result<QualificationDefinition> save();

    QSpinBox *mqlThresholdBox() const { return m_threshold; }
    QCheckBox *autoMqlBox() const { return m_autoMql; }
    QSpinBox *gradeBox(int index) const { return m_grades[index]; } ///< 0 = A, 1 = B, 2 = C
    QPlainTextEdit *idealEdit() const { return m_ideal; }
    QPlainTextEdit *lostReasonsEdit() const { return m_lost; }
    QListWidget *historyList() const { return m_history; }
    QPushButton *saveButton() const { return m_save; }
    QString statusText() const;

signals:
    void saved(const lf::QualificationDefinition &definition);

private:
    void showDefinition(const QualificationDefinition &definition);
    void showVersion();
    void updateState();

    Database &m_database;
    BackgroundJobs *m_jobs = nullptr;
    QString m_actor;
    QualificationDefinition m_current;
    QPlainTextEdit *m_ideal = nullptr;
    QPlainTextEdit *m_unideal = nullptr;
    QSpinBox *m_threshold = nullptr;
    QCheckBox *m_autoMql = nullptr;
    QSpinBox *m_grades[3] = {};
    QCheckBox *m_bant[4] = {};
    QPlainTextEdit *m_lost = nullptr;
    QPlainTextEdit *m_disqualify = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_history = nullptr;
    QPlainTextEdit *m_versionText = nullptr;
};

/// Business hours for first-contact deadlines: time zone, working days, opening hours, the
/// default deadline, and the holidays (BusinessCalendar).
class SlaHoursEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SlaHoursEditor(Database &database, QWidget *parent = nullptr);

    void refresh();
    /// Writes zone, days, hours and default deadline; the calendar's message on an invalid one.
    Status save();
    Status addHoliday(QDate day, const QString &name);
    Status removeHoliday(QDate day);

    QComboBox *timeZoneBox() const { return m_zone; }
    QCheckBox *dayBox(int isoDay) const { return m_days[isoDay - 1]; }
    QTimeEdit *startEdit() const { return m_start; }
    QTimeEdit *endEdit() const { return m_end; }
    QDoubleSpinBox *defaultHoursBox() const { return m_default; }
    QListWidget *holidayList() const { return m_holidays; }
    QString statusText() const;

signals:
    void changed();

private:
    Database &m_database;
    QComboBox *m_zone = nullptr;
    QCheckBox *m_days[7] = {};
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QDoubleSpinBox *m_default = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_save = nullptr;
    QListWidget *m_holidays = nullptr;
    QDateEdit *m_holidayDate = nullptr;
    QLineEdit *m_holidayName = nullptr;
    QPushButton *m_addHoliday = nullptr;
    QPushButton *m_removeHoliday = nullptr;
    QLabel *m_status = nullptr;
};

/// Nurture sequences: the list with their steps and enrolment counts, and a form creating a new
/// sequence step by step. Templates are checked with NurtureService::checkTemplate() as they are
/// typed, its message shown under the step form.
class SequencesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SequencesEditor(Database &database, QWidget *parent = nullptr);

    void refresh();
    /// Appends the step typed in the step form; the template message when it is refused.
    Status addStep();
    /// Creates the sequence typed with the steps added; the service's message when refused.
    Result<Sequence> create();

    QTreeWidget *sequenceTree() const { return m_tree; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QCheckBox *enrolBox() const { return m_enrol; }
    QComboBox *stepKindBox() const { return m_kind; }
    QSpinBox *waitDaysBox() const { return m_wait; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QListWidget *stepList() const { return m_steps; }
    QString stepMessage() const;
    QString statusText() const;

signals:
    void changed();

private:
    /// The step as typed, or why it cannot be added.
    Result<SequenceStep> typedStep() const;
    void updateStepState();

    Database &m_database;
    QList<SequenceStep> m_newSteps;
    QTreeWidget *m_tree = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QCheckBox *m_enrol = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_wait = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_stepMessage = nullptr;
    QPushButton *m_addStep = nullptr;
    QPushButton *m_removeStep = nullptr;
    QListWidget *m_steps = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_status = nullptr;
};

/// The settings page: qualification definition, scoring rules, routing rules and users, SLA
/// hours and nurture sequences, one tab each, every one an editor over the core services. The
/// database must outlive the page.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(Database &database, QWidget *parent = nullptr);

    /// Reads every tab again from the database.
    void refresh();
    /// Who saved qualification versions are recorded for.
    void setActor(const QString &actor);

    QTabWidget *tabs() const { return m_tabs; }
    QualificationEditor *qualificationEditor() const { return m_qualification; }
    ScoringRulesEditor *scoringRulesEditor() const { return m_scoring; }
    RoutingSettingsWidget *routingSettings() const { return m_routing; }
    SlaHoursEditor *slaHoursEditor() const { return m_sla; }
    SequencesEditor *sequencesEditor() const { return m_sequences; }

signals:
    /// Something was saved on any tab (lead scores may change soon after a scoring change).
    void settingsChanged();

private:
    QTabWidget *m_tabs = nullptr;
    QualificationEditor *m_qualification = nullptr;
    ScoringRulesEditor *m_scoring = nullptr;
    RoutingSettingsWidget *m_routing = nullptr;
    SlaHoursEditor *m_sla = nullptr;
    SequencesEditor *m_sequences = nullptr;
};

} // namespace lf
