# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_page.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTabWidget, QTableView,
    QTreeView, QVBoxLayout, QWidget)

class Ui_MembersForm(object):
    def setupUi(self, MembersForm):
        if not MembersForm.objectName():
            MembersForm.setObjectName(u"MembersForm")
        MembersForm.resize(1200, 720)
        self.mainLayout = QVBoxLayout(MembersForm)
        self.mainLayout.setSpacing(0)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(MembersForm)
        self.stack.setObjectName(u"stack")
        self.overviewPage = QWidget()
        self.overviewPage.setObjectName(u"overviewPage")
        self.overviewLayout = QVBoxLayout(self.overviewPage)
        self.overviewLayout.setSpacing(6)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.overviewLayout.setContentsMargins(12, 12, 12, 8)
        self.overviewTitle = QLabel(self.overviewPage)
        self.overviewTitle.setObjectName(u"overviewTitle")

        self.overviewLayout.addWidget(self.overviewTitle)

        self.overviewIntro = QLabel(self.overviewPage)
        self.overviewIntro.setObjectName(u"overviewIntro")
        self.overviewIntro.setWordWrap(True)

        self.overviewLayout.addWidget(self.overviewIntro)

        self.countsView = QTableView(self.overviewPage)
        self.countsView.setObjectName(u"countsView")

        self.overviewLayout.addWidget(self.countsView)

        self.overviewFooter = QHBoxLayout()
        self.overviewFooter.setObjectName(u"overviewFooter")
        self.overviewCountLabel = QLabel(self.overviewPage)
        self.overviewCountLabel.setObjectName(u"overviewCountLabel")
        self.overviewCountLabel.setText(u"")

        self.overviewFooter.addWidget(self.overviewCountLabel)

        self.overviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.overviewFooter.addItem(self.overviewSpacer)

        self.openListButton = QPushButton(self.overviewPage)
        self.openListButton.setObjectName(u"openListButton")

        self.overviewFooter.addWidget(self.openListButton)


        self.overviewLayout.addLayout(self.overviewFooter)

        self.stack.addWidget(self.overviewPage)
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setSpacing(6)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(12, 12, 12, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(10)
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(self.listPage)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton)

        self.titleLabel = QLabel(self.listPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"\u2014")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.networkLabel = QLabel(self.listPage)
        self.networkLabel.setObjectName(u"networkLabel")

        self.headerLayout.addWidget(self.networkLabel)

        self.networkCombo = QComboBox(self.listPage)
        self.networkCombo.setObjectName(u"networkCombo")
        self.networkCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.networkCombo.setMinimumContentsLength(24)

        self.headerLayout.addWidget(self.networkCombo)

        self.importButton = QPushButton(self.listPage)
        self.importButton.setObjectName(u"importButton")

        self.headerLayout.addWidget(self.importButton)


        self.listLayout.addLayout(self.headerLayout)

        self.noticeLabel = QLabel(self.listPage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)

        self.listLayout.addWidget(self.noticeLabel)

        self.tabs = QTabWidget(self.listPage)
        self.tabs.setObjectName(u"tabs")
        self.membersTab = QWidget()
        self.membersTab.setObjectName(u"membersTab")
        self.membersTabLayout = QVBoxLayout(self.membersTab)
        self.membersTabLayout.setSpacing(6)
        self.membersTabLayout.setObjectName(u"membersTabLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(self.membersTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.statusLabel = QLabel(self.membersTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(self.membersTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.membersTabLayout.addLayout(self.filterLayout)

        self.membersView = QTableView(self.membersTab)
        self.membersView.setObjectName(u"membersView")

        self.membersTabLayout.addWidget(self.membersView)

        self.memberActions = QHBoxLayout()
        self.memberActions.setSpacing(6)
        self.memberActions.setObjectName(u"memberActions")
        self.countLabel = QLabel(self.membersTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.memberActions.addWidget(self.countLabel)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberActions.addItem(self.actionsSpacer)

        self.editButton = QPushButton(self.membersTab)
        self.editButton.setObjectName(u"editButton")

        self.memberActions.addWidget(self.editButton)

        self.accessButton = QPushButton(self.membersTab)
        self.accessButton.setObjectName(u"accessButton")

        self.memberActions.addWidget(self.accessButton)

        self.forgetButton = QPushButton(self.membersTab)
        self.forgetButton.setObjectName(u"forgetButton")

        self.memberActions.addWidget(self.forgetButton)

        self.exportButton = QPushButton(self.membersTab)
        self.exportButton.setObjectName(u"exportButton")

        self.memberActions.addWidget(self.exportButton)


        self.membersTabLayout.addLayout(self.memberActions)

        self.tabs.addTab(self.membersTab, "")
        self.queueTab = QWidget()
        self.queueTab.setObjectName(u"queueTab")
        self.queueTabLayout = QVBoxLayout(self.queueTab)
        self.queueTabLayout.setSpacing(6)
        self.queueTabLayout.setObjectName(u"queueTabLayout")
        self.queueFilterLayout = QHBoxLayout()
        self.queueFilterLayout.setSpacing(8)
        self.queueFilterLayout.setObjectName(u"queueFilterLayout")
        self.queueStatusLabel = QLabel(self.queueTab)
        self.queueStatusLabel.setObjectName(u"queueStatusLabel")

        self.queueFilterLayout.addWidget(self.queueStatusLabel)

        self.queueStatusCombo = QComboBox(self.queueTab)
        self.queueStatusCombo.setObjectName(u"queueStatusCombo")

        self.queueFilterLayout.addWidget(self.queueStatusCombo)

        self.queueCodeLabel = QLabel(self.queueTab)
        self.queueCodeLabel.setObjectName(u"queueCodeLabel")

        self.queueFilterLayout.addWidget(self.queueCodeLabel)

        self.queueCodeCombo = QComboBox(self.queueTab)
        self.queueCodeCombo.setObjectName(u"queueCodeCombo")
        self.queueCodeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.queueFilterLayout.addWidget(self.queueCodeCombo)

        self.queueFilterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.queueFilterLayout.addItem(self.queueFilterSpacer)

        self.approveAllButton = QPushButton(self.queueTab)
        self.approveAllButton.setObjectName(u"approveAllButton")

        self.queueFilterLayout.addWidget(self.approveAllButton)


        self.queueTabLayout.addLayout(self.queueFilterLayout)

        self.queueView = QTreeView(self.queueTab)
        self.queueView.setObjectName(u"queueView")

        self.queueTabLayout.addWidget(self.queueView)

        self.findingsLabel = QLabel(self.queueTab)
        self.findingsLabel.setObjectName(u"findingsLabel")
        self.findingsLabel.setText(u"")
        self.findingsLabel.setWordWrap(True)
        self.findingsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.queueTabLayout.addWidget(self.findingsLabel)

        self.queueActions = QHBoxLayout()
        self.queueActions.setSpacing(6)
        self.queueActions.setObjectName(u"queueActions")
        self.queueCountLabel = QLabel(self.queueTab)
        self.queueCountLabel.setObjectName(u"queueCountLabel")
        self.queueCountLabel.setText(u"")

        self.queueActions.addWidget(self.queueCountLabel)

        self.queueActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.queueActions.addItem(self.queueActionsSpacer)

        self.approveSelectedButton = QPushButton(self.queueTab)
        self.approveSelectedButton.setObjectName(u"approveSelectedButton")

        self.queueActions.addWidget(self.approveSelectedButton)

        self.mergeButton = QPushButton(self.queueTab)
        self.mergeButton.setObjectName(u"mergeButton")

        self.queueActions.addWidget(self.mergeButton)

        self.rejectButton = QPushButton(self.queueTab)
        self.rejectButton.setObjectName(u"rejectButton")

        self.queueActions.addWidget(self.rejectButton)


        self.queueTabLayout.addLayout(self.queueActions)

        self.tabs.addTab(self.queueTab, "")

        self.listLayout.addWidget(self.tabs)

        self.stack.addWidget(self.listPage)

        self.mainLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.networkLabel.setBuddy(self.networkCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.queueStatusLabel.setBuddy(self.queueStatusCombo)
        self.queueCodeLabel.setBuddy(self.queueCodeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MembersForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MembersForm)
    # setupUi

    def retranslateUi(self, MembersForm):
#if QT_CONFIG(accessibility)
        MembersForm.setAccessibleName(QCoreApplication.translate("MembersForm", u"Members", None))
#endif // QT_CONFIG(accessibility)
        self.overviewTitle.setText(QCoreApplication.translate("MembersForm", u"Members", None))
        self.overviewIntro.setText(QCoreApplication.translate("MembersForm", u"How many members each network has, by status. Member lists are personal data: open a network's list only when your work needs it. Double-click a network to open its list and its review queue, or drop a coordinator's list on it.", None))
#if QT_CONFIG(accessibility)
        self.countsView.setAccessibleName(QCoreApplication.translate("MembersForm", u"Members per network", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.openListButton.setToolTip(QCoreApplication.translate("MembersForm", u"The member list and the review queue of the selected network", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.openListButton.setAccessibleName(QCoreApplication.translate("MembersForm", u"Open member list", None))
#endif // QT_CONFIG(accessibility)
        self.openListButton.setText(QCoreApplication.translate("MembersForm", u"&Open member list", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("MembersForm", u"Back to the members per network (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("MembersForm", u"All networks", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("MembersForm", u"\u2190 All networks", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("MembersForm", u"Members of the network", None))
#endif // QT_CONFIG(accessibility)
        self.networkLabel.setText(QCoreApplication.translate("MembersForm", u"&Network:", None))
#if QT_CONFIG(accessibility)
        self.networkCombo.setAccessibleName(QCoreApplication.translate("MembersForm", u"Network", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("MembersForm", u"Read a coordinator's member list (Excel or CSV) into the review queue. You can also drop the file on this page.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("MembersForm", u"Import list", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("MembersForm", u"&Import list\u2026", None))
#if QT_CONFIG(accessibility)
        self.noticeLabel.setAccessibleName(QCoreApplication.translate("MembersForm", u"Result of the last action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MembersForm", u"Search members", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MembersForm", u"Search by name, street, phone or e-mail", None))
        self.statusLabel.setText(QCoreApplication.translate("MembersForm", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("MembersForm", u"Member status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.membersView.setAccessibleName(QCoreApplication.translate("MembersForm", u"Members", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("MembersForm", u"Number of members shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("MembersForm", u"Status, channels, quiet hours and contact data of the selected member", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("MembersForm", u"Edit member", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("MembersForm", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.accessButton.setToolTip(QCoreApplication.translate("MembersForm", u"Everything BIN Desk holds on the selected member, as a file for them (right of access)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.accessButton.setAccessibleName(QCoreApplication.translate("MembersForm", u"Access report", None))
#endif // QT_CONFIG(accessibility)
        self.accessButton.setText(QCoreApplication.translate("MembersForm", u"&Access report\u2026", None))
#if QT_CONFIG(tooltip)
        self.forgetButton.setToolTip(QCoreApplication.translate("MembersForm", u"Erase the selected member's personal data everywhere (right to erasure)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.forgetButton.setAccessibleName(QCoreApplication.translate("MembersForm", u"Forget member", None))
#endif // QT_CONFIG(accessibility)
        self.forgetButton.setText(QCoreApplication.translate("MembersForm", u"&Forget (erase)\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("MembersForm", u"The active and paused members as a CSV file for the coordinator: only what they need to run the list", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("MembersForm", u"Export for the coordinator", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("MembersForm", u"E&xport for the coordinator\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.membersTab), QCoreApplication.translate("MembersForm", u"Members", None))
        self.queueStatusLabel.setText(QCoreApplication.translate("MembersForm", u"S&how:", None))
#if QT_CONFIG(accessibility)
        self.queueStatusCombo.setAccessibleName(QCoreApplication.translate("MembersForm", u"Rows shown", None))
#endif // QT_CONFIG(accessibility)
        self.queueCodeLabel.setText(QCoreApplication.translate("MembersForm", u"&Finding:", None))
#if QT_CONFIG(accessibility)
        self.queueCodeCombo.setAccessibleName(QCoreApplication.translate("MembersForm", u"Finding", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.approveAllButton.setToolTip(QCoreApplication.translate("MembersForm", u"Every row without problems becomes an active member", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.approveAllButton.setAccessibleName(QCoreApplication.translate("MembersForm", u"Approve all rows without problems", None))
#endif // QT_CONFIG(accessibility)
        self.approveAllButton.setText(QCoreApplication.translate("MembersForm", u"Approve all &ok rows", None))
#if QT_CONFIG(accessibility)
        self.queueView.setAccessibleName(QCoreApplication.translate("MembersForm", u"Review queue", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.findingsLabel.setAccessibleName(QCoreApplication.translate("MembersForm", u"Findings of the selected row", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.queueCountLabel.setAccessibleName(QCoreApplication.translate("MembersForm", u"Rows waiting for review", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.approveSelectedButton.setToolTip(QCoreApplication.translate("MembersForm", u"The selected rows without problems become active members", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.approveSelectedButton.setAccessibleName(QCoreApplication.translate("MembersForm", u"Approve selected rows", None))
#endif // QT_CONFIG(accessibility)
        self.approveSelectedButton.setText(QCoreApplication.translate("MembersForm", u"Approve &selected", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("MembersForm", u"The selected duplicate completes the member it repeats; no second member is made", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.mergeButton.setAccessibleName(QCoreApplication.translate("MembersForm", u"Merge into member", None))
#endif // QT_CONFIG(accessibility)
        self.mergeButton.setText(QCoreApplication.translate("MembersForm", u"&Merge into member\u2026", None))
#if QT_CONFIG(tooltip)
        self.rejectButton.setToolTip(QCoreApplication.translate("MembersForm", u"The selected rows do not become members; the reason is kept", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.rejectButton.setAccessibleName(QCoreApplication.translate("MembersForm", u"Reject rows", None))
#endif // QT_CONFIG(accessibility)
        self.rejectButton.setText(QCoreApplication.translate("MembersForm", u"&Reject\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.queueTab), QCoreApplication.translate("MembersForm", u"Review queue", None))
    # retranslateUi

