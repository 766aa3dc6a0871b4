#pragma once

#include "domain/lead.h"
#include "domain/stage.h"
#include "leaddialog.h"
#include "scoring/scorer.h"
#include "util/result.h"

#include <QMap>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QStackedLayout;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace lf {

class ConflictDialog;
class Database;
class LeadActions;
class LogTouchDialog;
class Predictor;
class TimelineModel;

/// Everything about one lead, in a panel beside the lead table (or on its own):
///
/// - a header with the name, company, stage, score and grade, and buttons for the stages the
///   lifecycle allows next (LeadActions::changeStage asks for a reason where one is needed);
/// - the lead's fields with BANT, validated as the user types, saved through LeadActions::editLead;
///   when someone else saved the lead meanwhile, a ConflictDialog lets the user pick per field;
/// - the activity timeline, newest first, with buttons to log a call, email, meeting or note;
/// - the score with its explanation (rules, decay, caps, grade, the predicted chance to win);
/// - the owner, why, and the assignment history.
///
/// Reloads when LeadActions reports its lead changed. Edits the user has not saved survive a reload
/// unless the same field changed meanwhile; saving then goes through the conflict dialog. Without
/// LeadActions, or on a read-only database, the lead is shown but cannot be changed. The database
/// and the actions are not owned and must outlive the widget.
class LeadDetail : public QWidget
{
    Q_OBJECT

public:
    LeadDetail(Database &database, LeadActions *actions, QWidget *parent = nullptr);
    ~LeadDetail() override;

    /// Shows a lead (0 = none, as clear()).
    void showLead(qint64 id);
    qint64 leadId() const { return m_lead.id(); }
    /// Shows no lead.
    void clear();

    /// The lead as the form shows it (the version a save expects).
    Lead lead() const { return m_lead; }
    bool isReadOnly() const;
    /// Whether the form holds edits not saved yet.
    bool isDirty() const;
    /// Whether the form, as typed, may be saved.
    bool isInputValid() const;
    /// The validation or save message under a field (empty when none is shown).
    QString messageFor(LeadField field) const;
    /// The editor of a form field (a QLineEdit, or the notes' QPlainTextEdit), or nullptr.
    QWidget *editor(LeadField field) const;
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    /// The button moving the lead to a stage (hidden when the lifecycle does not allow the move).
    QPushButton *stageButton(Stage stage) const { return m_stageButtons.value(stage); }
    /// Stages the visible stage buttons move to, in funnel order.
    QList<Stage> offeredStages() const;

    TimelineModel *timelineModel() const { return m_timeline; }
    QListView *timelineView() const { return m_timelineView; }
    /// The score and explanation shown (none before a lead is shown or when scoring failed).
    std::optional<ScoreCard> scoreCard() const { return m_card; }
    QTreeWidget *scoreTree() const { return m_scoreTree; }
    /// The score section's headline and the predicted chance to win, as shown.
    QString scoreSummary() const;
    QString predictionText() const;
    /// Why the lead has its owner, as shown.
    QString ownerText() const;
    QTreeWidget *assignmentTree() const { return m_assignments; }
    /// Other leads of the same company (double-click or Enter asks to open one:
    /// openLeadRequested()).
    QListWidget *accountList() const { return m_account; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The open conflict dialog after a save that clashed, or nullptr.
    ConflictDialog *conflictDialog() const { return m_conflictDialog; }
    /// The last error a read or save returned (cleared by the next successful save).
    std::optional<Error> lastError() const { return m_lastError; }

public slots:
    /// Saves the form's edits; on a conflict opens the conflict dialog (without blocking).
    void save();
    /// Throws the form's edits away.
    void revert();
    /// Reads the lead again (fields the user is editing keep their text unless changed meanwhile).
    void reload();
    /// Moves the lead to a stage through LeadActions (asks for a reason where one is needed).
    void moveToStage(Stage stage);
    /// Accept, reject or recycle the lead shown (button is which).
    void salesFeedback(QPushButton *button);
    void updateSalesButtons();
    /// Opens the dialog that logs a touchpoint of a type (call, email, meeting, note) without
    /// blocking; the detail reloads once it is logged. Returns the dialog (deleted on close).
    LogTouchDialog *openLogDialog(const QString &type);

signals:
    /// The user asked to open another lead of the same company (from the Owner tab's list).
    void openLeadRequested(qint64 id);
    /// The detail changed the lead (saved, moved, logged a touchpoint): views showing it reload.
    void leadChanged(qint64 id);

private:
    void buildUi();
    QWidget *buildHeader();
    QWidget *buildForm();
    QWidget *buildTimeline();
    QWidget *buildScore();
    QWidget *buildOwner();
    QLineEdit *addLine(
        QFormLayout *form, LeadField field, const QString &label, const QString &placeholder = {});
    void addMessageRow(QFormLayout *form, LeadField field);

    void showHeader(const Lead &lead);
    void showForm(const Lead &lead, const QList<LeadField> &fields);
    void showScore();
    void showOwner();
    void showAccount();
    void updateStageButtons();
    void updateValidation();
    void updateEnabled();
    void setFieldMessage(LeadField field, const QString &message);
    void setGeneralMessage(const QString &message);
    QString currentText(LeadField field) const;
    static QString storedText(const Lead &lead, LeadField field);
    QString validationMessage(LeadField field) const;
    bool hasIdentity() const;
    Result<LeadChanges> collectChanges();
    void openConflict(const LeadChanges &changes);
    void afterWrite(const Lead &saved);

    Database &m_database;
    QPointer<LeadActions> m_actions;
    Lead m_lead; ///< the version the form's edits are based on
    Lead m_latest; ///< the lead as last read (header, stage buttons)
    std::optional<ScoreCard> m_card;
    std::optional<Error> m_lastError;
    std::unique_ptr<Predictor> m_predictor; ///< trained once, on the first lead shown
    bool m_predictorTried = false;
    QSet<LeadField> m_touched; ///< fields whose messages show (left once, or saved)

    bool m_writing = false; ///< a write of ours is under way: its change signal is no news
    QStackedLayout *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QTabWidget *m_tabs = nullptr;
    // Header
    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_stageChip = nullptr;
    QLabel *m_scoreBadge = nullptr;
    QLabel *m_ownerLine = nullptr;
    QWidget *m_stageRow = nullptr;
    QWidget *m_salesRow = nullptr; ///< accept, reject, recycle for an owned lead
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QPushButton *m_recycleButton = nullptr;
    QMap<Stage, QPushButton *> m_stageButtons;
    // Form
    QMap<LeadField, QWidget *> m_editors;
    QMap<LeadField, FieldMessageRow> m_messages;
    QMap<LeadField, QString> m_saveErrors;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_generalMessage = nullptr;
    QLabel *m_staleNotice = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPointer<ConflictDialog> m_conflictDialog;
    // Timeline
    TimelineModel *m_timeline = nullptr;
    QListView *m_timelineView = nullptr;
    QList<QPushButton *> m_logButtons;
    // Score
    QLabel *m_scoreHeadline = nullptr;
    QTreeWidget *m_scoreTree = nullptr;
    QLabel *m_scoreNotes = nullptr;
    QLabel *m_prediction = nullptr;
    // Owner
    QLabel *m_why = nullptr;
    QTreeWidget *m_assignments = nullptr;
    QLabel *m_accountLabel = nullptr;
    QListWidget *m_account = nullptr;
};

} // namespace lf
