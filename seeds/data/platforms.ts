/** 培训平台. Self-study hours count only from platforms the organisation departments recognise. */
export interface PlatformSeed {
  code: string;
  name: string;
  owner: string;
  isRecognised: boolean;
  url: string | null;
  /** Prefix of the platform's own record ids (external_id). */
  externalPrefix: string;
}

export const PLATFORMS: readonly PlatformSeed[] = [
  { code: 'FJGBWY', name: '福建干部网络学院', owner: '中共福建省委组织部', isRecognised: true, url: null, externalPrefix: 'FJGB' },
  { code: 'CELA', name: '中国干部网络学院', owner: '中共中央组织部', isRecognised: true, url: 'https://www.cela.gov.cn', externalPrefix: 'CELA' },
  { code: 'XUEXI', name: '学习强国', owner: '中共中央宣传部', isRecognised: true, url: 'https://www.xuexi.cn', externalPrefix: 'XXQG' },
  // Deliberately unrecognised: hours from it must not count toward self-study requirements.
  { code: 'DEMO_APP', name: '某商业学习APP', owner: '某科技有限公司', isRecognised: false, url: 'https://learning-app.example.com', externalPrefix: 'APP' },
];
