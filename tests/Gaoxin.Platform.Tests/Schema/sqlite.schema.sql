CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "ZoneId" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "IsDisabled" INTEGER NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" INTEGER NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "platform_access_tokens" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_platform_access_tokens" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    "RevokedAt" INTEGER NULL
);
CREATE TABLE IF NOT EXISTS "platform_audit_events" (
    "Sequence" INTEGER NOT NULL CONSTRAINT "PK_platform_audit_events" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL,
    "OccurredAt" INTEGER NOT NULL,
    "PreviousHash" TEXT NOT NULL,
    "Hash" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "platform_organisations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_platform_organisations" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "CreditCode" TEXT NULL,
    "EstablishedOn" TEXT NULL,
    "Note" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "platform_zones" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_platform_zones" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "DivisionCode" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);
CREATE TABLE sqlite_sequence(name,seq);
CREATE TABLE IF NOT EXISTS "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
CREATE INDEX "IX_AspNetUsers_OrganisationId" ON "AspNetUsers" ("OrganisationId");
CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
CREATE UNIQUE INDEX "IX_platform_access_tokens_TokenHash" ON "platform_access_tokens" ("TokenHash");
CREATE INDEX "IX_platform_access_tokens_UserId" ON "platform_access_tokens" ("UserId");
CREATE INDEX "IX_platform_audit_events_ZoneId_EntityType_EntityId" ON "platform_audit_events" ("ZoneId", "EntityType", "EntityId");
CREATE UNIQUE INDEX "IX_platform_organisations_ZoneId_Name" ON "platform_organisations" ("ZoneId", "Name");
CREATE UNIQUE INDEX "IX_platform_zones_Code" ON "platform_zones" ("Code");
CREATE TRIGGER platform_audit_events_no_update BEFORE UPDATE ON platform_audit_events
BEGIN SELECT RAISE(ABORT, 'platform_audit_events is append-only'); END;
CREATE TRIGGER platform_audit_events_no_delete BEFORE DELETE ON platform_audit_events
BEGIN SELECT RAISE(ABORT, 'platform_audit_events is append-only'); END;
CREATE TABLE IF NOT EXISTS "enterprises_enterprises" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_enterprises_enterprises" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "Name" TEXT NOT NULL,
    "CreditCode" TEXT NOT NULL,
    "RegisteredOn" TEXT NOT NULL,
    "Address" TEXT NULL,
    "IndustryCode" TEXT NOT NULL,
    "ZoneIndustry" TEXT NOT NULL,
    "SizeClass" TEXT NOT NULL,
    "AboveDesignatedSize" INTEGER NOT NULL,
    "ContactName" TEXT NULL,
    "ContactPhone" TEXT NULL,
    "InKeyHighTechField" INTEGER NOT NULL,
    "OwnsCoreIp" INTEGER NOT NULL,
    "InStrategicEmergingCatalogue" INTEGER NOT NULL,
    "YearsInNicheMarket" INTEGER NULL,
    "NationalAwardLast5Years" INTEGER NOT NULL,
    "ProvincialAwardLast3Years" INTEGER NOT NULL,
    "ProvincialRdInstitution" INTEGER NOT NULL,
    "LedStandardLast5Years" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "enterprises_evaluations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_enterprises_evaluations" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "EnterpriseId" TEXT NOT NULL,
    "Scheme" TEXT NOT NULL,
    "SchemeVersion" TEXT NOT NULL,
    "AsOf" TEXT NOT NULL,
    "Verdict" TEXT NOT NULL,
    "Total" TEXT NOT NULL,
    "MaxReachable" TEXT NOT NULL,
    "Shortfall" TEXT NOT NULL,
    "FailedGates" INTEGER NOT NULL,
    "FirstGap" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "enterprises_expert_scores" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_enterprises_expert_scores" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "EnterpriseId" TEXT NOT NULL,
    "Scheme" TEXT NOT NULL,
    "Item" TEXT NOT NULL,
    "Score" TEXT NOT NULL,
    "ReviewerId" TEXT NOT NULL,
    "EnteredAt" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "enterprises_policies" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_enterprises_policies" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Summary" TEXT NULL,
    "Document" TEXT NULL,
    "Eligibility" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "ValidFrom" TEXT NOT NULL,
    "ValidTo" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "enterprises_transformations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_enterprises_transformations" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "EnterpriseId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Investment" TEXT NOT NULL,
    "StartedOn" TEXT NOT NULL,
    "CompletedOn" TEXT NULL,
    "Outcomes" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "enterprises_annual_reports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_enterprises_annual_reports" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "EnterpriseId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Staff" INTEGER NULL,
    "TechStaff" INTEGER NULL,
    "Sales" TEXT NULL,
    "TotalRevenue" TEXT NULL,
    "MainBusinessRevenue" TEXT NULL,
    "TotalCosts" TEXT NULL,
    "RdSpend" TEXT NULL,
    "RdSpendInChina" TEXT NULL,
    "TotalAssets" TEXT NULL,
    "NetAssets" TEXT NULL,
    "DebtRatio" TEXT NULL,
    "HighTechIncome" TEXT NULL,
    "ClassOneIp" INTEGER NOT NULL,
    "ClassTwoIp" INTEGER NOT NULL,
    "AchievementsConverted" INTEGER NOT NULL,
    "EquityRaised" TEXT NOT NULL,
    "Awards" INTEGER NOT NULL,
    "StandardsLed" INTEGER NOT NULL,
    "MajorIncident" INTEGER NOT NULL,
    "OnCreditList" INTEGER NOT NULL,
    CONSTRAINT "FK_enterprises_annual_reports_enterprises_enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "enterprises_enterprises" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "enterprises_certificates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_enterprises_certificates" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "EnterpriseId" TEXT NOT NULL,
    "Scheme" TEXT NOT NULL,
    "Number" TEXT NOT NULL,
    "ValidFrom" TEXT NOT NULL,
    "ValidTo" TEXT NOT NULL,
    CONSTRAINT "FK_enterprises_certificates_enterprises_enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "enterprises_enterprises" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_enterprises_annual_reports_EnterpriseId_Year" ON "enterprises_annual_reports" ("EnterpriseId", "Year");
CREATE UNIQUE INDEX "IX_enterprises_certificates_EnterpriseId_Scheme_Number" ON "enterprises_certificates" ("EnterpriseId", "Scheme", "Number");
CREATE INDEX "IX_enterprises_certificates_ZoneId_ValidTo" ON "enterprises_certificates" ("ZoneId", "ValidTo");
CREATE INDEX "IX_enterprises_enterprises_OrganisationId" ON "enterprises_enterprises" ("OrganisationId");
CREATE UNIQUE INDEX "IX_enterprises_enterprises_ZoneId_CreditCode" ON "enterprises_enterprises" ("ZoneId", "CreditCode");
CREATE INDEX "IX_enterprises_enterprises_ZoneId_Name" ON "enterprises_enterprises" ("ZoneId", "Name");
CREATE UNIQUE INDEX "IX_enterprises_evaluations_EnterpriseId_Scheme" ON "enterprises_evaluations" ("EnterpriseId", "Scheme");
CREATE INDEX "IX_enterprises_evaluations_ZoneId_Scheme_Shortfall" ON "enterprises_evaluations" ("ZoneId", "Scheme", "Shortfall");
CREATE UNIQUE INDEX "IX_enterprises_expert_scores_EnterpriseId_Scheme_Item" ON "enterprises_expert_scores" ("EnterpriseId", "Scheme", "Item");
CREATE UNIQUE INDEX "IX_enterprises_policies_ZoneId_Name" ON "enterprises_policies" ("ZoneId", "Name");
CREATE INDEX "IX_enterprises_transformations_ZoneId_EnterpriseId" ON "enterprises_transformations" ("ZoneId", "EnterpriseId");
CREATE TABLE IF NOT EXISTS "tech_transfer_achievements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_achievements" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NULL,
    "OwnerOrganisationId" TEXT NOT NULL,
    "Origin" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Readiness" INTEGER NOT NULL,
    "Industry" TEXT NOT NULL,
    "SubmittedOn" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "tech_transfer_projects" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_projects" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NULL,
    "Team" TEXT NULL,
    "LeadOrganisationId" TEXT NOT NULL,
    "EnterpriseId" TEXT NULL,
    "CompanyOrganisationId" TEXT NULL,
    "CompanyName" TEXT NULL,
    "CompanyRegistered" INTEGER NOT NULL,
    "Industry" TEXT NOT NULL,
    "Origin" TEXT NOT NULL,
    "EntryYear" INTEGER NOT NULL,
    "Stage" TEXT NOT NULL,
    "StageSince" TEXT NOT NULL,
    "FurthestStage" TEXT NOT NULL,
    "TerminationReason" TEXT NULL,
    "PilotStartedOn" TEXT NULL,
    "IndustrialStartedOn" TEXT NULL,
    "SucceededOn" TEXT NULL,
    "ScreeningScore" TEXT NULL,
    "Grade" TEXT NULL,
    "Version" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "tech_transfer_rounds" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_rounds" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Deadline" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "GradeA" TEXT NOT NULL,
    "GradeB" TEXT NOT NULL,
    "GradeC" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "tech_transfer_success_definitions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_success_definitions" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "EffectiveFrom" TEXT NOT NULL,
    "RevenueThreshold" TEXT NOT NULL,
    "WithinMonths" INTEGER NOT NULL,
    "AnnualConversionTarget" INTEGER NOT NULL,
    "AnnualOutputTarget" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "tech_transfer_achievement_patents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_achievement_patents" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "AchievementId" TEXT NOT NULL,
    "Number" TEXT NOT NULL,
    CONSTRAINT "FK_tech_transfer_achievement_patents_tech_transfer_achievements_AchievementId" FOREIGN KEY ("AchievementId") REFERENCES "tech_transfer_achievements" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "tech_transfer_industrialization_plans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_industrialization_plans" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "ProjectId" TEXT NOT NULL,
    "Company" TEXT NOT NULL,
    "Capacity" TEXT NOT NULL,
    "TargetSales" TEXT NOT NULL,
    "TargetOutput" TEXT NOT NULL,
    CONSTRAINT "FK_tech_transfer_industrialization_plans_tech_transfer_projects_ProjectId" FOREIGN KEY ("ProjectId") REFERENCES "tech_transfer_projects" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "tech_transfer_milestones" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_milestones" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "ProjectId" TEXT NOT NULL,
    "Plan" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Due" TEXT NOT NULL,
    "AcceptanceCriteria" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Evidence" TEXT NULL,
    "DecisionNote" TEXT NULL,
    "AcceptedOn" TEXT NULL,
    CONSTRAINT "FK_tech_transfer_milestones_tech_transfer_projects_ProjectId" FOREIGN KEY ("ProjectId") REFERENCES "tech_transfer_projects" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "tech_transfer_outcome_reports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_outcome_reports" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "ProjectId" TEXT NOT NULL,
    "ReportedOn" TEXT NOT NULL,
    "RevenueToDate" TEXT NOT NULL,
    "AnnualOutput" TEXT NOT NULL,
    CONSTRAINT "FK_tech_transfer_outcome_reports_tech_transfer_projects_ProjectId" FOREIGN KEY ("ProjectId") REFERENCES "tech_transfer_projects" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "tech_transfer_pilot_plans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_pilot_plans" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "ProjectId" TEXT NOT NULL,
    "Objectives" TEXT NOT NULL,
    "Facility" TEXT NOT NULL,
    "Budget" TEXT NOT NULL,
    CONSTRAINT "FK_tech_transfer_pilot_plans_tech_transfer_projects_ProjectId" FOREIGN KEY ("ProjectId") REFERENCES "tech_transfer_projects" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "tech_transfer_project_achievements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_project_achievements" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "ProjectId" TEXT NOT NULL,
    "AchievementId" TEXT NOT NULL,
    CONSTRAINT "FK_tech_transfer_project_achievements_tech_transfer_achievements_AchievementId" FOREIGN KEY ("AchievementId") REFERENCES "tech_transfer_achievements" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_tech_transfer_project_achievements_tech_transfer_projects_ProjectId" FOREIGN KEY ("ProjectId") REFERENCES "tech_transfer_projects" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "tech_transfer_project_events" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_project_events" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "ProjectId" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "FromStage" TEXT NULL,
    "ToStage" TEXT NULL,
    "DaysInFromStage" INTEGER NULL,
    "Text" TEXT NOT NULL,
    "ActorName" TEXT NULL,
    CONSTRAINT "FK_tech_transfer_project_events_tech_transfer_projects_ProjectId" FOREIGN KEY ("ProjectId") REFERENCES "tech_transfer_projects" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "tech_transfer_support_requests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_support_requests" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "ProjectId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Details" TEXT NOT NULL,
    "AmountAsked" TEXT NULL,
    "Granted" TEXT NULL,
    CONSTRAINT "FK_tech_transfer_support_requests_tech_transfer_projects_ProjectId" FOREIGN KEY ("ProjectId") REFERENCES "tech_transfer_projects" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "tech_transfer_conflicts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_conflicts" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "RoundId" TEXT NOT NULL,
    "ProjectId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "Automatic" INTEGER NOT NULL,
    CONSTRAINT "FK_tech_transfer_conflicts_tech_transfer_rounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "tech_transfer_rounds" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "tech_transfer_reviews" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_reviews" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "RoundId" TEXT NOT NULL,
    "ProjectId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "SubmittedAt" INTEGER NOT NULL,
    "Total" TEXT NOT NULL,
    "Comment" TEXT NULL,
    CONSTRAINT "FK_tech_transfer_reviews_tech_transfer_rounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "tech_transfer_rounds" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "tech_transfer_round_criteria" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_round_criteria" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "RoundId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Weight" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    CONSTRAINT "FK_tech_transfer_round_criteria_tech_transfer_rounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "tech_transfer_rounds" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "tech_transfer_round_entries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_round_entries" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "RoundId" TEXT NOT NULL,
    "ProjectId" TEXT NOT NULL,
    "Score" TEXT NULL,
    "Rank" INTEGER NULL,
    "Grade" TEXT NULL,
    "Decision" TEXT NULL,
    "Reason" TEXT NULL,
    CONSTRAINT "FK_tech_transfer_round_entries_tech_transfer_projects_ProjectId" FOREIGN KEY ("ProjectId") REFERENCES "tech_transfer_projects" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_tech_transfer_round_entries_tech_transfer_rounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "tech_transfer_rounds" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "tech_transfer_round_reviewers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_round_reviewers" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "RoundId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    CONSTRAINT "FK_tech_transfer_round_reviewers_tech_transfer_rounds_RoundId" FOREIGN KEY ("RoundId") REFERENCES "tech_transfer_rounds" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "tech_transfer_review_scores" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_tech_transfer_review_scores" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "ReviewId" TEXT NOT NULL,
    "CriterionKey" TEXT NOT NULL,
    "Score" TEXT NOT NULL,
    CONSTRAINT "FK_tech_transfer_review_scores_tech_transfer_reviews_ReviewId" FOREIGN KEY ("ReviewId") REFERENCES "tech_transfer_reviews" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_tech_transfer_achievement_patents_AchievementId_Number" ON "tech_transfer_achievement_patents" ("AchievementId", "Number");
CREATE INDEX "IX_tech_transfer_achievement_patents_ZoneId_Number" ON "tech_transfer_achievement_patents" ("ZoneId", "Number");
CREATE INDEX "IX_tech_transfer_achievements_ZoneId_OwnerOrganisationId" ON "tech_transfer_achievements" ("ZoneId", "OwnerOrganisationId");
CREATE INDEX "IX_tech_transfer_achievements_ZoneId_Title" ON "tech_transfer_achievements" ("ZoneId", "Title");
CREATE UNIQUE INDEX "IX_tech_transfer_conflicts_RoundId_ProjectId_UserId" ON "tech_transfer_conflicts" ("RoundId", "ProjectId", "UserId");
CREATE UNIQUE INDEX "IX_tech_transfer_industrialization_plans_ProjectId" ON "tech_transfer_industrialization_plans" ("ProjectId");
CREATE INDEX "IX_tech_transfer_milestones_ProjectId_Plan_Due" ON "tech_transfer_milestones" ("ProjectId", "Plan", "Due");
CREATE INDEX "IX_tech_transfer_outcome_reports_ProjectId_ReportedOn" ON "tech_transfer_outcome_reports" ("ProjectId", "ReportedOn");
CREATE UNIQUE INDEX "IX_tech_transfer_pilot_plans_ProjectId" ON "tech_transfer_pilot_plans" ("ProjectId");
CREATE INDEX "IX_tech_transfer_project_achievements_AchievementId" ON "tech_transfer_project_achievements" ("AchievementId");
CREATE UNIQUE INDEX "IX_tech_transfer_project_achievements_ProjectId_AchievementId" ON "tech_transfer_project_achievements" ("ProjectId", "AchievementId");
CREATE INDEX "IX_tech_transfer_project_events_ProjectId_At" ON "tech_transfer_project_events" ("ProjectId", "At");
CREATE INDEX "IX_tech_transfer_projects_CompanyOrganisationId" ON "tech_transfer_projects" ("CompanyOrganisationId");
CREATE INDEX "IX_tech_transfer_projects_LeadOrganisationId" ON "tech_transfer_projects" ("LeadOrganisationId");
CREATE UNIQUE INDEX "IX_tech_transfer_projects_ZoneId_Code" ON "tech_transfer_projects" ("ZoneId", "Code");
CREATE INDEX "IX_tech_transfer_projects_ZoneId_EntryYear" ON "tech_transfer_projects" ("ZoneId", "EntryYear");
CREATE INDEX "IX_tech_transfer_projects_ZoneId_Stage" ON "tech_transfer_projects" ("ZoneId", "Stage");
CREATE UNIQUE INDEX "IX_tech_transfer_review_scores_ReviewId_CriterionKey" ON "tech_transfer_review_scores" ("ReviewId", "CriterionKey");
CREATE UNIQUE INDEX "IX_tech_transfer_reviews_RoundId_ProjectId_UserId" ON "tech_transfer_reviews" ("RoundId", "ProjectId", "UserId");
CREATE UNIQUE INDEX "IX_tech_transfer_round_criteria_RoundId_Key" ON "tech_transfer_round_criteria" ("RoundId", "Key");
CREATE INDEX "IX_tech_transfer_round_entries_ProjectId" ON "tech_transfer_round_entries" ("ProjectId");
CREATE UNIQUE INDEX "IX_tech_transfer_round_entries_RoundId_ProjectId" ON "tech_transfer_round_entries" ("RoundId", "ProjectId");
CREATE UNIQUE INDEX "IX_tech_transfer_round_reviewers_RoundId_UserId" ON "tech_transfer_round_reviewers" ("RoundId", "UserId");
CREATE INDEX "IX_tech_transfer_round_reviewers_UserId" ON "tech_transfer_round_reviewers" ("UserId");
CREATE INDEX "IX_tech_transfer_rounds_ZoneId_Deadline" ON "tech_transfer_rounds" ("ZoneId", "Deadline");
CREATE UNIQUE INDEX "IX_tech_transfer_success_definitions_ZoneId_EffectiveFrom" ON "tech_transfer_success_definitions" ("ZoneId", "EffectiveFrom");
CREATE INDEX "IX_tech_transfer_support_requests_ProjectId" ON "tech_transfer_support_requests" ("ProjectId");
CREATE INDEX "IX_tech_transfer_project_events_ZoneId_Kind_FromStage_DaysInFromStage" ON "tech_transfer_project_events" ("ZoneId", "Kind", "FromStage", "DaysInFromStage");
CREATE INDEX "IX_tech_transfer_outcome_reports_ZoneId_ProjectId_ReportedOn_AnnualOutput" ON "tech_transfer_outcome_reports" ("ZoneId", "ProjectId", "ReportedOn", "AnnualOutput");
CREATE TABLE IF NOT EXISTS "indicators_definitions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_indicators_definitions" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "Published" INTEGER NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "Note" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "indicators_periods" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_indicators_periods" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "PublishedOn" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "industry_industries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_industry_industries" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Tier" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "industry_projects" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_industry_projects" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "EnterpriseId" TEXT NULL,
    "Company" TEXT NULL,
    "NodeId" TEXT NULL,
    "Investment" TEXT NOT NULL,
    "Area" TEXT NULL,
    "SignedOn" TEXT NULL,
    "StartOn" TEXT NOT NULL,
    "PlannedCompletionOn" TEXT NOT NULL,
    "CompletedOn" TEXT NULL,
    "Capacity" TEXT NULL,
    "ExpectedAnnualRevenue" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "industry_settings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_industry_settings" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "ValidFrom" TEXT NOT NULL,
    "StrongMinEnterprises" INTEGER NOT NULL,
    "StrongMinKeyFirms" INTEGER NOT NULL,
    "StrongMinOutput" TEXT NOT NULL,
    "StaleLeadDays" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "indicators_targets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_indicators_targets" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "DefinitionId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Value" TEXT NOT NULL,
    "SetOn" TEXT NOT NULL,
    "Document" TEXT NULL,
    CONSTRAINT "FK_indicators_targets_indicators_definitions_DefinitionId" FOREIGN KEY ("DefinitionId") REFERENCES "indicators_definitions" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "indicators_values" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_indicators_values" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "DefinitionId" TEXT NOT NULL,
    "PeriodId" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "ComparableGrowth" TEXT NULL,
    "Source" TEXT NULL,
    CONSTRAINT "FK_indicators_values_indicators_definitions_DefinitionId" FOREIGN KEY ("DefinitionId") REFERENCES "indicators_definitions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_indicators_values_indicators_periods_PeriodId" FOREIGN KEY ("PeriodId") REFERENCES "indicators_periods" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "industry_chains" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_industry_chains" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "IndustryId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NULL,
    CONSTRAINT "FK_industry_chains_industry_industries_IndustryId" FOREIGN KEY ("IndustryId") REFERENCES "industry_industries" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "industry_milestones" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_industry_milestones" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "ProjectId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Due" TEXT NOT NULL,
    "DoneOn" TEXT NULL,
    CONSTRAINT "FK_industry_milestones_industry_projects_ProjectId" FOREIGN KEY ("ProjectId") REFERENCES "industry_projects" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "industry_project_years" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_industry_project_years" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "ProjectId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "PromisedInvestment" TEXT NOT NULL,
    "ActualInvestment" TEXT NULL,
    "PromisedRevenue" TEXT NOT NULL,
    "ActualRevenue" TEXT NULL,
    CONSTRAINT "FK_industry_project_years_industry_projects_ProjectId" FOREIGN KEY ("ProjectId") REFERENCES "industry_projects" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "industry_nodes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_industry_nodes" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "ChainId" TEXT NOT NULL,
    "ParentId" TEXT NULL,
    "Name" TEXT NOT NULL,
    "Segment" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_industry_nodes_industry_chains_ChainId" FOREIGN KEY ("ChainId") REFERENCES "industry_chains" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_industry_nodes_industry_nodes_ParentId" FOREIGN KEY ("ParentId") REFERENCES "industry_nodes" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "industry_leads" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_industry_leads" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "NodeId" TEXT NOT NULL,
    "Company" TEXT NOT NULL,
    "Location" TEXT NULL,
    "ExpectedInvestment" TEXT NULL,
    "Stage" TEXT NOT NULL,
    "Owner" TEXT NOT NULL,
    "NextStep" TEXT NULL,
    "NextStepOn" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "LastStepAt" INTEGER NOT NULL,
    CONSTRAINT "FK_industry_leads_industry_nodes_NodeId" FOREIGN KEY ("NodeId") REFERENCES "industry_nodes" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "industry_placements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_industry_placements" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "NodeId" TEXT NOT NULL,
    "EnterpriseId" TEXT NOT NULL,
    "EnterpriseName" TEXT NOT NULL,
    "KeyFirm" INTEGER NOT NULL,
    "Product" TEXT NULL,
    CONSTRAINT "FK_industry_placements_industry_nodes_NodeId" FOREIGN KEY ("NodeId") REFERENCES "industry_nodes" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "industry_lead_steps" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_industry_lead_steps" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "LeadId" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "Note" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "By" TEXT NOT NULL,
    CONSTRAINT "FK_industry_lead_steps_industry_leads_LeadId" FOREIGN KEY ("LeadId") REFERENCES "industry_leads" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "industry_placement_outputs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_industry_placement_outputs" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "PlacementId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Output" TEXT NOT NULL,
    CONSTRAINT "FK_industry_placement_outputs_industry_placements_PlacementId" FOREIGN KEY ("PlacementId") REFERENCES "industry_placements" ("Id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "IX_indicators_definitions_ZoneId_Code" ON "indicators_definitions" ("ZoneId", "Code");
CREATE UNIQUE INDEX "IX_indicators_periods_ZoneId_Year_Month" ON "indicators_periods" ("ZoneId", "Year", "Month");
CREATE UNIQUE INDEX "IX_indicators_targets_DefinitionId_Year" ON "indicators_targets" ("DefinitionId", "Year");
CREATE INDEX "IX_indicators_targets_ZoneId" ON "indicators_targets" ("ZoneId");
CREATE UNIQUE INDEX "IX_indicators_values_DefinitionId_PeriodId" ON "indicators_values" ("DefinitionId", "PeriodId");
CREATE INDEX "IX_indicators_values_PeriodId" ON "indicators_values" ("PeriodId");
CREATE INDEX "IX_indicators_values_ZoneId_PeriodId" ON "indicators_values" ("ZoneId", "PeriodId");
CREATE INDEX "IX_industry_chains_IndustryId" ON "industry_chains" ("IndustryId");
CREATE UNIQUE INDEX "IX_industry_chains_ZoneId_Name" ON "industry_chains" ("ZoneId", "Name");
CREATE UNIQUE INDEX "IX_industry_industries_ZoneId_Name" ON "industry_industries" ("ZoneId", "Name");
CREATE INDEX "IX_industry_lead_steps_LeadId_At" ON "industry_lead_steps" ("LeadId", "At");
CREATE INDEX "IX_industry_leads_NodeId" ON "industry_leads" ("NodeId");
CREATE INDEX "IX_industry_leads_ZoneId_Stage" ON "industry_leads" ("ZoneId", "Stage");
CREATE INDEX "IX_industry_milestones_ProjectId_Due" ON "industry_milestones" ("ProjectId", "Due");
CREATE INDEX "IX_industry_nodes_ChainId" ON "industry_nodes" ("ChainId");
CREATE INDEX "IX_industry_nodes_ParentId" ON "industry_nodes" ("ParentId");
CREATE UNIQUE INDEX "IX_industry_nodes_ZoneId_Name" ON "industry_nodes" ("ZoneId", "Name");
CREATE UNIQUE INDEX "IX_industry_placement_outputs_PlacementId_Year" ON "industry_placement_outputs" ("PlacementId", "Year");
CREATE INDEX "IX_industry_placement_outputs_ZoneId_Year" ON "industry_placement_outputs" ("ZoneId", "Year");
CREATE UNIQUE INDEX "IX_industry_placements_NodeId_EnterpriseId" ON "industry_placements" ("NodeId", "EnterpriseId");
CREATE INDEX "IX_industry_placements_ZoneId_EnterpriseId" ON "industry_placements" ("ZoneId", "EnterpriseId");
CREATE UNIQUE INDEX "IX_industry_project_years_ProjectId_Year" ON "industry_project_years" ("ProjectId", "Year");
CREATE UNIQUE INDEX "IX_industry_projects_ZoneId_Name" ON "industry_projects" ("ZoneId", "Name");
CREATE UNIQUE INDEX "IX_industry_settings_ZoneId_ValidFrom" ON "industry_settings" ("ZoneId", "ValidFrom");
CREATE TABLE IF NOT EXISTS "funding_applications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_funding_applications" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "ProjectId" TEXT NOT NULL,
    "ProjectCode" TEXT NOT NULL,
    "ProjectTitle" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "FundYear" INTEGER NOT NULL,
    "Amount" TEXT NOT NULL,
    "EligibleCost" TEXT NOT NULL,
    "CostBreakdown" TEXT NOT NULL,
    "Instrument" TEXT NOT NULL,
    "Stage" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ScreeningScore" TEXT NULL,
    "Grade" TEXT NULL,
    "RecommendedAmount" TEXT NULL,
    "RecommendationNote" TEXT NULL,
    "RecommendedBy" TEXT NULL,
    "DecisionNote" TEXT NULL,
    "DecidedBy" TEXT NULL,
    "SubmittedAt" INTEGER NOT NULL,
    "DecidedAt" INTEGER NULL,
    "PolicyVersion" INTEGER NULL,
    "AwardId" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "funding_assessments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_funding_assessments" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "KpisJson" TEXT NOT NULL,
    "Score" TEXT NOT NULL,
    "Factor" TEXT NOT NULL,
    "BaseFee" TEXT NOT NULL,
    "OperatingFunds" TEXT NOT NULL,
    "RectificationNotice" INTEGER NOT NULL,
    "PolicyVersion" INTEGER NOT NULL,
    "AssessedBy" TEXT NOT NULL,
    "AssessedAt" INTEGER NOT NULL,
    "Note" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "funding_awards" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_funding_awards" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "ApplicationId" TEXT NOT NULL,
    "ProjectId" TEXT NOT NULL,
    "ProjectCode" TEXT NOT NULL,
    "ProjectTitle" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "FundYear" INTEGER NOT NULL,
    "Grade" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "Instrument" TEXT NOT NULL,
    "Stage" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "PolicyVersion" INTEGER NOT NULL,
    "ApprovedOn" TEXT NOT NULL,
    "ApprovedBy" TEXT NOT NULL,
    "ClosedOn" TEXT NULL,
    "CloseReason" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "funding_diligence_reviews" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_funding_diligence_reviews" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "InstrumentId" TEXT NOT NULL,
    "Findings" TEXT NOT NULL,
    "DiligenceDocumented" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "OpenedBy" TEXT NOT NULL,
    "OpenedAt" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "funding_instruments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_funding_instruments" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "AwardId" TEXT NOT NULL,
    "ProjectId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "ProjectTitle" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Holder" TEXT NOT NULL,
    "StartedOn" TEXT NOT NULL,
    "ConvertibleFrom" TEXT NOT NULL,
    "Deadline" TEXT NOT NULL,
    "Discount" TEXT NOT NULL,
    "ReturnAnnualRate" TEXT NOT NULL,
    "PolicyVersion" INTEGER NOT NULL,
    "Trigger" TEXT NULL,
    "ConvertedOn" TEXT NULL,
    "Round" TEXT NULL,
    "RoundPricePerShare" TEXT NULL,
    "ConversionPrice" TEXT NULL,
    "Principal" TEXT NULL,
    "Shares" TEXT NULL,
    "ExitKind" TEXT NULL,
    "ExitOn" TEXT NULL,
    "Proceeds" TEXT NULL,
    "ReturnCap" TEXT NULL,
    "Credited" TEXT NULL,
    "Settlement" TEXT NULL,
    "ClosedOn" TEXT NULL,
    "Note" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "funding_ledger_entries" (
    "Sequence" INTEGER NOT NULL CONSTRAINT "PK_funding_ledger_entries" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "FundYear" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "AwardId" TEXT NULL,
    "ProjectId" TEXT NULL,
    "InstrumentId" TEXT NULL,
    "PolicyVersion" INTEGER NULL,
    "Memo" TEXT NOT NULL,
    "Actor" TEXT NOT NULL,
    "OccurredAt" INTEGER NOT NULL,
    "PreviousHash" TEXT NOT NULL,
    "Hash" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "funding_payments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_funding_payments" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "AwardId" TEXT NOT NULL,
    "TrancheId" TEXT NOT NULL,
    "TrancheNumber" INTEGER NOT NULL,
    "IdempotencyKey" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "PaidOn" TEXT NOT NULL,
    "Reference" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "FailureReason" TEXT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS "funding_policies" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_funding_policies" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "EffectiveFrom" TEXT NOT NULL,
    "Note" TEXT NOT NULL,
    "AnnualBudget" TEXT NOT NULL,
    "ProjectCap" TEXT NOT NULL,
    "GradeAMinScore" TEXT NOT NULL,
    "GradeBMinScore" TEXT NOT NULL,
    "GradeCMinScore" TEXT NOT NULL,
    "GradeACeiling" TEXT NOT NULL,
    "GradeBCeiling" TEXT NOT NULL,
    "GradeCCeiling" TEXT NOT NULL,
    "GradeAShare" TEXT NOT NULL,
    "GradeBShare" TEXT NOT NULL,
    "GradeCShare" TEXT NOT NULL,
    "TrancheSigning" TEXT NOT NULL,
    "TranchePilot" TEXT NOT NULL,
    "TrancheAcceptance" TEXT NOT NULL,
    "ConversionDiscount" TEXT NOT NULL,
    "ReturnAnnualRate" TEXT NOT NULL,
    "DeadlineYears" INTEGER NOT NULL,
    "ConversionAfterYears" INTEGER NOT NULL,
    "EquityHolder" TEXT NOT NULL,
    "TargetConversions" TEXT NOT NULL,
    "TargetSuccessRate" TEXT NOT NULL,
    "TargetNewOutput" TEXT NOT NULL,
    "TargetUtilisation" TEXT NOT NULL,
    "TargetFollowOn" TEXT NOT NULL,
    "TargetIncubated" TEXT NOT NULL,
    "WeightConversions" TEXT NOT NULL,
    "WeightSuccessRate" TEXT NOT NULL,
    "WeightNewOutput" TEXT NOT NULL,
    "WeightUtilisation" TEXT NOT NULL,
    "WeightFollowOn" TEXT NOT NULL,
    "WeightIncubated" TEXT NOT NULL,
    "OperatorBaseFee" TEXT NOT NULL,
    "Factor90" TEXT NOT NULL,
    "Factor80" TEXT NOT NULL,
    "Factor70" TEXT NOT NULL,
    "Factor60" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "funding_tranches" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_funding_tranches" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "AwardId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Label" TEXT NOT NULL,
    "Share" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "MilestoneId" TEXT NULL,
    "MilestoneTitle" TEXT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "FK_funding_tranches_funding_awards_AwardId" FOREIGN KEY ("AwardId") REFERENCES "funding_awards" ("Id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "funding_review_approvals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_funding_review_approvals" PRIMARY KEY,
    "ZoneId" TEXT NOT NULL,
    "ReviewId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "ApproverId" TEXT NOT NULL,
    "ApproverName" TEXT NOT NULL,
    "Approve" INTEGER NOT NULL,
    "Opinion" TEXT NULL,
    "At" INTEGER NOT NULL,
    CONSTRAINT "FK_funding_review_approvals_funding_diligence_reviews_ReviewId" FOREIGN KEY ("ReviewId") REFERENCES "funding_diligence_reviews" ("Id") ON DELETE RESTRICT
);
CREATE INDEX "IX_funding_applications_ProjectId" ON "funding_applications" ("ProjectId");
CREATE INDEX "IX_funding_applications_ZoneId_OrganisationId" ON "funding_applications" ("ZoneId", "OrganisationId");
CREATE INDEX "IX_funding_applications_ZoneId_Status" ON "funding_applications" ("ZoneId", "Status");
CREATE UNIQUE INDEX "IX_funding_assessments_ZoneId_Year" ON "funding_assessments" ("ZoneId", "Year");
CREATE UNIQUE INDEX "IX_funding_awards_ApplicationId" ON "funding_awards" ("ApplicationId");
CREATE INDEX "IX_funding_awards_ProjectId" ON "funding_awards" ("ProjectId");
CREATE INDEX "IX_funding_awards_ZoneId_FundYear" ON "funding_awards" ("ZoneId", "FundYear");
CREATE INDEX "IX_funding_awards_ZoneId_OrganisationId" ON "funding_awards" ("ZoneId", "OrganisationId");
CREATE INDEX "IX_funding_diligence_reviews_InstrumentId" ON "funding_diligence_reviews" ("InstrumentId");
CREATE UNIQUE INDEX "IX_funding_instruments_AwardId" ON "funding_instruments" ("AwardId");
CREATE INDEX "IX_funding_instruments_ZoneId_Status" ON "funding_instruments" ("ZoneId", "Status");
CREATE INDEX "IX_funding_ledger_entries_AwardId" ON "funding_ledger_entries" ("AwardId");
CREATE INDEX "IX_funding_ledger_entries_ZoneId_FundYear_Kind" ON "funding_ledger_entries" ("ZoneId", "FundYear", "Kind");
CREATE INDEX "IX_funding_ledger_entries_ZoneId_ProjectId" ON "funding_ledger_entries" ("ZoneId", "ProjectId");
CREATE INDEX "IX_funding_payments_AwardId" ON "funding_payments" ("AwardId");
CREATE INDEX "IX_funding_payments_TrancheId" ON "funding_payments" ("TrancheId");
CREATE UNIQUE INDEX "IX_funding_payments_ZoneId_IdempotencyKey" ON "funding_payments" ("ZoneId", "IdempotencyKey");
CREATE UNIQUE INDEX "IX_funding_policies_ZoneId_Version" ON "funding_policies" ("ZoneId", "Version");
CREATE UNIQUE INDEX "IX_funding_review_approvals_ReviewId_Role" ON "funding_review_approvals" ("ReviewId", "Role");
CREATE UNIQUE INDEX "IX_funding_tranches_AwardId_Number" ON "funding_tranches" ("AwardId", "Number");
CREATE TRIGGER funding_ledger_entries_no_update BEFORE UPDATE ON funding_ledger_entries
BEGIN SELECT RAISE(ABORT, 'funding_ledger_entries is append-only'); END;
CREATE TRIGGER funding_ledger_entries_no_delete BEFORE DELETE ON funding_ledger_entries
BEGIN SELECT RAISE(ABORT, 'funding_ledger_entries is append-only'); END;
