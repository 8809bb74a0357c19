using Gaoxin.Scenes.SceneBoard;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Scenes.Data;

/// <summary>The scene board's additions to the core model: the purchase amount of an adoption by purchase.</summary>
internal static class SceneBoardModel
{
    public static void Build(ModelBuilder b) =>
        b.Entity<SceneProposal>(e => e.Property(x => x.PurchaseAmount).HasPrecision(18, 2));
}
