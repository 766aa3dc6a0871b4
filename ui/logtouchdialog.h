#pragma once

#include "leads/touchpointservice.h"
#include "util/result.h"

#include <QDialog>
#include <QSqlDatabase>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lf {

/// Logs a call, an email, a meeting or a note with a lead: its type, outcome, what was said and
/// when (now by default, never in the future). Saving goes through TouchpointService::log(), which
/// also rescores the lead and stops its first-contact clock; the dialog closes only when the
/// touchpoint was logged and shows the service's message otherwise.
class LogTouchDialog : public QDialog
{
    Q_OBJECT

public:
    /// type: one of TouchpointService::manualTypes() to start with ("call" when empty or unknown).
    LogTouchDialog(QSqlDatabase db, qint64 leadId, const QString &leadName,
        const QString &type = {}, QWidget *parent = nullptr);
    ~LogTouchDialog() override;

    /// Who the touchpoint is logged by (TouchpointService's default: the OS user).
    void setActor(const QString &actor);

    /// The touchpoint as logged, once the dialog was accepted.
    std::optional<Touchpoint> touchpoint() const { return m_logged; }
    /// The last error logging returned (cleared by a successful one).
    std::optional<Error> lastError() const { return m_lastError; }

    QComboBox *typeBox() const { return m_type; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDateTimeEdit *timeEdit() const { return m_time; }
    QPushButton *logButton() const;

    /// Outcomes suggested for a type ("connected", "left voicemail", ... for a call).
    static QStringList outcomeSuggestions(const QString &type);

public slots:
    /// Logs the touchpoint; closes only when that succeeded.
    void accept() override;

private:
    void updateOutcomes();

    TouchpointService m_service;
    qint64 m_leadId;
    QComboBox *m_type = nullptr;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QDateTimeEdit *m_time = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<Touchpoint> m_logged;
    std::optional<Error> m_lastError;
};

} // namespace lf
