#include <QTest>

class TestCliScoring : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestCliScoring)
#include "tst_cli_scoring.moc"
