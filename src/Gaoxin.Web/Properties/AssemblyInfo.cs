using System.Resources;

// Chinese is the neutral language: a missing English string falls back to Chinese, never to a key.
[assembly: NeutralResourcesLanguage("zh-CN")]
