#pragma once

#include "scoring/rulepreview.h"
#include "scoring/scoringrule.h"
#include "storage/database.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace lf {

/// Runs work off the GUI thread, each job on its own thread with its own database connection
/// (lf::Connection), and hands the result back on the thread this object lives in. The destructor
/// cancels what runs (through the Progress each job is given) and waits for it, so a result is
/// never delivered to a widget that is gone. Owned by the widget that starts the jobs.
class BackgroundJobs : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundJobs(const Database &database, QObject *parent = nullptr);
    ~BackgroundJobs() override;

    /// Starts work(connection, progress) on a new thread; done(result) runs later on this
    /// object's thread. A connection that cannot be opened is reported as the result's error.
    template<typename T>
    void run(const QString &purpose, std::function<Result<T>(QSqlDatabase &, Progress &)> work,
        std::function<void(const Result<T> &)> done)
    {
        auto progress = std::make_shared<Progress>();
        const Database *database = &m_database;
        QThread *thread = QThread::create([this, database, purpose, progress, work, done] {
            Result<T> result = [&]() -> Result<T> {
                auto connection = Connection::open(*database, purpose);
                if (!connection)
                    return fail(connection.error());
                return work((*connection)->sql(), *progress);
            }();
            QMetaObject::invokeMethod(
                this, [done, result] { done(result); }, Qt::QueuedConnection);
        });
        track(thread, progress);
        thread->start();
    }

    /// Jobs started and not finished yet.
    int running() const;
    /// Asks every running job to stop at its next check.
    void cancelAll();

signals:
    /// The last running job finished (its result was handed over before).
    void idle();

private:
    void track(QThread *thread, std::shared_ptr<Progress> progress);

    const Database &m_database;
    QList<std::pair<QPointer<QThread>, std::shared_ptr<Progress>>> m_jobs;
};

/// The scoring rules as a table: kind, name, field, operator, value, points, cap, half-life,
/// enabled. Read only; edits go through ScoringRulesEditor, which previews them first.
class ScoringRuleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, Name, Field, Operator, Value, Points, Cap, HalfLife, Enabled, ColumnCount };
    /// Role returning the rule's id (qint64) from any column.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ScoringRuleModel(QObject *parent = nullptr);

    void setRules(const QList<ScoringRule> &rules);
    const QList<ScoringRule> &rules() const { return m_rules; }
    /// The rule shown in a row; nullopt outside the rows.
    std::optional<ScoringRule> ruleAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "Software, SaaS" for In, "51 – 1000" for Range, the pattern for Matches.
    static QString valueText(const ScoringRule &rule);

private:
    QList<ScoringRule> m_rules;
};

/// Adds or edits one scoring rule. Checks the rule as the user types with ScoringRule::validate()
/// (what the store checks before it writes) and shows its message, which names the wrong part,
/// under the form; OK stays disabled while the rule is invalid.
class ScoringRuleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScoringRuleDialog(const ScoringRule &rule, QWidget *parent = nullptr);

    /// The rule as typed (id and position of the rule edited), or the error that stops it.
    Result<ScoringRule> rule() const;
    /// The message shown under the form (empty when the rule is valid).
    QString message() const;
    QPushButton *okButton() const { return m_ok; }

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *attributeBox() const { return m_attribute; }
    QComboBox *operatorBox() const { return m_operator; }
    QLineEdit *valuesEdit() const { return m_values; }
    QLineEdit *minEdit() const { return m_min; }
    QLineEdit *maxEdit() const { return m_max; }
    QLineEdit *patternEdit() const { return m_pattern; }
    QSpinBox *pointsBox() const { return m_points; }
    QLineEdit *capEdit() const { return m_cap; }
    QLineEdit *halfLifeEdit() const { return m_halfLife; }

public slots:
    void accept() override;

private:
    void fillAttributes();
    void updateState();

    ScoringRule m_original;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_attribute = nullptr;
    QComboBox *m_operator = nullptr;
    QLineEdit *m_values = nullptr;
    QLineEdit *m_min = nullptr;
    QLineEdit *m_max = nullptr;
    QLineEdit *m_pattern = nullptr;
    QSpinBox *m_points = nullptr;
    QLineEdit *m_cap = nullptr;
    QLineEdit *m_halfLife = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

/// The scoring rules editor: the table of rules and add, edit, remove, enable/disable, import and
/// export. Every change is first a proposal: RulePreview computes on a worker thread how many leads
/// it would move ("This change would move N leads: ..."), and only "Apply" writes it through
/// ScoringRuleStore. After a change is applied every lead is rescored on a worker thread
/// (ScoringService::rescoreAll), as the CLI does. The database must outlive the editor.
class ScoringRulesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScoringRulesEditor(Database &database, QWidget *parent = nullptr);
    ~ScoringRulesEditor() override;

    /// Reads the rules again (drops a pending proposal).
    void refresh();

    ScoringRuleModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    /// Proposes a change and starts its preview. add: a rule with id 0; update: a rule with the id
    /// of one in the table; remove: the id of one.
    void proposeAdd(const ScoringRule &rule);
    void proposeUpdate(const ScoringRule &rule);
    void proposeRemove(qint64 id);
    /// Proposes replacing every rule with an export file's; a file that cannot be read or is not
    /// an export is reported on the status line and proposes nothing.
    void proposeImport(const QString &path);
    /// Writes the rules as JSON; false (with the reason on the status line) when it cannot.
    bool exportTo(const QString &path);

    bool hasProposal() const { return m_proposal.has_value(); }
    /// Writes the proposal; its error (from the store) is shown and nothing is written.
    Status applyProposal();
    void discardProposal();

    /// A preview or rescoring runs.
    bool isBusy() const;
    /// The preview line ("Computing…", "This change would move ...").
    QString previewText() const;
    /// The status line (what was applied, rescoring, errors).
    QString statusText() const;
    QPushButton *applyButton() const { return m_apply; }

signals:
    /// Rules were written (and the rescoring started).
    void rulesChanged();
    /// The rescoring after a change finished; scores on leads changed.
    void leadsRescored();

private:
    struct Proposal
    {
        enum class Kind { Add, Update, Remove, Import } kind = Kind::Add;
        ScoringRule rule; ///< Add, Update
        qint64 id = 0; ///< Remove
        QJsonObject document; ///< Import
        QList<ScoringRule> proposed;
        QString description;
    };

    void propose(Proposal proposal);
    void startPreview();
    void startRescore();
    void setStatus(const QString &text, bool error);
    void updateButtons();
    void addRule();
    void editRule();
    void removeRule();
    void toggleRule();
    void importRules();
    void exportRules();

    Database &m_database;
    BackgroundJobs *m_jobs = nullptr;
    ScoringRuleModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QWidget *m_proposalBox = nullptr;
    QLabel *m_proposalTitle = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_discard = nullptr;
    QLabel *m_status = nullptr;
    std::optional<Proposal> m_proposal;
    quint64 m_generation = 0; ///< stale previews are dropped
    bool m_previewRunning = false;
    bool m_rescoring = false;
};

/// The colour error messages are drawn in (readable on light and dark palettes).
QColor settingsErrorColor(const QPalette &palette);
/// A word-wrapped label for an inline message; error = drawn in settingsErrorColor().
void showSettingsMessage(QLabel *label, const QString &text, bool error);
/// A form row whose field is a layout: its label gets `buddy`, so the mnemonic works.
void addSettingsRow(QFormLayout *form, const QString &label, QLayout *fields, QWidget *buddy);

} // namespace lf
